namespace Cchc.Cli;

/// <summary>A file that could not be written, and why.</summary>
internal sealed record WriteFailure(string Path, Exception Error);

/// <summary>
/// Writes files through temporary files in the same folder and renames, so that a failed or killed build never
/// leaves a half-written document, and an existing one stays untouched until the new one is whole.
/// </summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes every file to a temporary file first and renames them only when all are whole: a full disk or a
    /// read-only folder then leaves every existing document as it was. Returns the first failure, or null.
    /// </summary>
    public static WriteFailure? WriteAll(IReadOnlyList<(string Path, Action<Stream> Write)> files)
    {
        var staged = new List<(string Temp, string Path)>();
        try
        {
            foreach (var (path, write) in files)
            {
                var failure = Stage(path, write, staged);
                if (failure is not null)
                {
                    return failure;
                }
            }

            // The one rename that fails on a healthy disk: a folder already has the document's name.
            if (staged.FirstOrDefault(s => Directory.Exists(s.Path)) is { Path: { } clash })
            {
                return new WriteFailure(clash, new IOException("a folder has this name"));
            }

            foreach (var (temp, path) in staged)
            {
                try
                {
                    File.Move(temp, path, overwrite: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return new WriteFailure(path, ex);
                }
            }

            return null;
        }
        finally
        {
            foreach (var (temp, _) in staged)
            {
                TryDelete(temp);
            }
        }
    }

    private static WriteFailure? Stage(string path, Action<Stream> write, List<(string Temp, string Path)> staged)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(folder);
            var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
            staged.Add((temp, path));
            using var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None);
            write(stream);
            stream.Flush(flushToDisk: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new WriteFailure(path, ex);
        }
    }

    private static void TryDelete(string temp)
    {
        try
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temp file that cannot be deleted sits in a folder we could not write either; nothing more to do.
        }
    }
}
