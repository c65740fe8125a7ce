using Cchc.Pipeline;
using Xunit;

namespace Cchc.Tests.Cli;

/// <summary>E203 and E205 give a Vietnamese reason for every I/O failure, never the exception's English text.</summary>
public class IoReasonTests
{
    public static TheoryData<Exception> Failures() =>
    [
        new UnauthorizedAccessException("Access to the path is denied."),
        new DirectoryNotFoundException("Could not find a part of the path."),
        new FileNotFoundException("Could not find file."),
        new PathTooLongException("The path is too long."),
        new IOException("No space left on device", 28),
        new IOException("Input/output error"),
    ];

    [Theory]
    [MemberData(nameof(Failures))]
    public void Every_failure_has_a_reason_in_Vietnamese_without_the_English_text(Exception error)
    {
        var (vi, en) = IoReason.Of(error, "không-có-thư-mục-này/kế hoạch.yaml");
        Assert.DoesNotContain(error.Message, vi, StringComparison.Ordinal);
        Assert.DoesNotContain(error.Message, en, StringComparison.Ordinal);
        Assert.NotEqual("", vi);
        Assert.NotEqual(vi, en);
    }

    [Fact]
    public void A_full_disk_is_named_as_such() =>
        Assert.Equal("ổ đĩa đã đầy", IoReason.Of(new IOException("No space left on device", 28), "x").Vi);
}
