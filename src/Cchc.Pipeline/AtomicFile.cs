namespace Cchc.Pipeline;

/// <summary>A file that could not be written, and why.</summary>
public sealed record WriteFailure(string Path, Exception Error);

/// <summary>
/// Writes files through temporary files in the same folder and renames, so that a failed or killed build never
/// leaves a half-written document, and an existing one stays untouched until the new one is whole.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes every file to a temporary file first and renames them only when all are whole: a full disk or a
    /// read-only folder then leaves every existing document as it was. A document whose bytes are already on disk
    /// is left alone (output is deterministic, so this is a rebuild of an unchanged plan). Returns the first
    /// failure in the order given, or null.
    /// </summary>
    /// <remarks>
    /// Staging runs in parallel: creating a file is most of the cost of writing a small document. The files are
    /// not flushed to the disk itself: a rename is atomic for every process, and a machine that loses power just
    /// after a build can build again.
    /// </remarks>
    public static WriteFailure? WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var temps = new string?[files.Count];
        foreach (var folder in files.Select(f => Path.GetDirectoryName(Path.GetFullPath(f.Path))!).Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            StaleTemporaries.Clean(folder);
        }

        try
        {
            var failures = new WriteFailure?[files.Count];
            Parallel.For(0, files.Count, i => failures[i] = Stage(files[i].Path, files[i].Bytes, out temps[i]));
            if (failures.FirstOrDefault(f => f is not null) is { } failure)
            {
                return failure;
            }

            var staged = files.Select((f, i) => (Temp: temps[i], f.Path)).Where(s => s.Temp is not null).ToList();

            // The one rename that fails on a healthy disk: a folder already has the document's name.
            if (staged.FirstOrDefault(s => Directory.Exists(s.Path)) is { Path: { } clash })
            {
                return new WriteFailure(clash, new IOException("a folder has this name"));
            }

            foreach (var (temp, path) in staged)
            {
                try
                {
                    File.Move(temp!, path, overwrite: true);
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
            foreach (var temp in temps)
            {
                TryDelete(temp);
            }
        }
    }

    private static WriteFailure? Stage(string path, byte[] bytes, out string? temp)
    {
        temp = null;
        try
        {
            if (Holds(path, bytes))
            {
                return null;
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(folder);
            temp = Path.Combine(folder, StaleTemporaries.Name(path));
            using var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None);
            stream.Write(bytes);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new WriteFailure(path, ex);
        }
    }

    /// <summary>True when <paramref name="path"/> is a file of exactly these bytes.</summary>
    private static bool Holds(string path, byte[] bytes)
    {
        var existing = new FileInfo(path);
        if (!existing.Exists || existing.Length != bytes.Length)
        {
            return false;
        }

        try
        {
            return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void TryDelete(string? temp)
    {
        try
        {
            if (temp is not null && File.Exists(temp))
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
