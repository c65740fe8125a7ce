using System.Text;

namespace Cchc.Cli.Output;

/// <summary>
/// File paths as RFC 3986 URI references for SARIF's <c>artifactLocation.uri</c>: every byte of the UTF-8 path
/// except unreserved characters and the "/" separator is percent-encoded, so Vietnamese letters, spaces, "#",
/// "%" and "?" survive every reader. A relative path stays relative (to the run's <c>%SRCROOT%</c>); an
/// absolute path becomes a <c>file:///</c> URI.
/// </summary>
internal static class ArtifactUri
{
    public const string SourceRoot = "%SRCROOT%";

    /// <summary>The URI of <paramref name="path"/>, and the base it is relative to (null for an absolute URI).</summary>
    public static (string Uri, string? BaseId) Of(string path)
    {
        var slashed = Slashed(path);
        if (Path.IsPathRooted(path))
        {
            return (FileUri(slashed), null);
        }

        return (Encode(slashed), SourceRoot);
    }

    /// <summary>The <c>file:///…/</c> URI of a folder, ending in "/" as SARIF requires of a base.</summary>
    public static string FolderUri(string folder)
    {
        var uri = FileUri(Slashed(Path.GetFullPath(folder)));
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    /// <summary>"/" separators; a backslash is a separator on Windows only (on Unix it is a letter of the name).</summary>
    private static string Slashed(string path) => Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;

    private static string FileUri(string absolute)
    {
        // "C:/x" (Windows) keeps its drive colon; "/x" (Unix) gives "file:///x".
        if (absolute.Length >= 2 && absolute[1] == ':' && char.IsAsciiLetter(absolute[0]))
        {
            return "file:///" + absolute[..2] + Encode(absolute[2..]);
        }

        if (absolute.StartsWith("//", StringComparison.Ordinal))
        {
            // A UNC path //server/share/x: the server is the URI's authority.
            return "file:" + Encode(absolute);
        }

        return "file://" + Encode(absolute);
    }

    private static string Encode(string path)
    {
        var sb = new StringBuilder(path.Length);
        foreach (var b in Encoding.UTF8.GetBytes(path))
        {
            if (IsUnreserved(b) || b == '/')
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }

        return sb.ToString();
    }

    private static bool IsUnreserved(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z')
        or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~';

    private const string HexDigits = "0123456789ABCDEF";
}
