using Cchc.Model;

namespace Cchc.Pipeline;

/// <summary>
/// A failure of cchc itself while one plan of a run is processed: it becomes that plan's E206 finding, so the other
/// plans are still checked and reported. Only the exception's type is shown: its message is English and its stack
/// trace means nothing to a clerk.
/// </summary>
public static class InternalError
{
    public static Diagnostic For(string file, Exception error) => DiagnosticCatalog.E206.At(SourceSpan.None(file),
        $"lỗi nội bộ của cchc khi xử lý tệp này ({error.GetType().Name}); các tệp khác vẫn được kiểm tra. Vui lòng báo lỗi này kèm tệp kế hoạch cho người phát triển cchc.",
        $"internal error of cchc while processing this file ({error.GetType().Name}); the other files are still checked. Please report it with the plan file.");

    /// <summary>Told of every exception <see cref="Guard"/> turns into E206, on the thread that caught it: the fuzz harness
    /// keeps its frames in the reproducer, which the finding itself never shows.</summary>
    public static event Action<Exception>? Caught;

    /// <summary>Runs one plan's step; an unexpected exception becomes <paramref name="failed"/>'s result for that plan.</summary>
    public static T Guard<T>(string file, Func<string, T> step, Func<Diagnostic, T> failed)
    {
        try
        {
            return step(file);
        }
#pragma warning disable CA1031 // one plan's failure, whatever it is, must not hide the findings of the others
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Caught?.Invoke(ex);
            return failed(For(file, ex));
        }
    }
}
