using System.Globalization;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Loading;

/// <summary>
/// E102 names the file's exact size next to the limit, so the message never reads "10 MB; at most 10 MB" for a file
/// a few bytes over (a rounded size did).
/// </summary>
public class FileSizeMessageTests
{
    public static TheoryData<long> SizesOverTheLimit()
    {
        var data = new TheoryData<long>();
        foreach (var over in new long[] { 1, 2, 1023, 1024, 51_199, 51_200, 52_429, 1024 * 1024, 40 * 1024 * 1024 })
        {
            data.Add(TextDecoder.MaxBytes + over);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SizesOverTheLimit))]
    public void The_message_gives_the_exact_size_and_the_limit(long size)
    {
        var d = TextDecoder.TooLarge("x.yaml", size);
        var grouped = size.ToString("#,0", CultureInfo.InvariantCulture);
        Assert.Contains($"{grouped.Replace(',', '.')} byte", d.Message.Vi, StringComparison.Ordinal);
        Assert.Contains("10.485.760 byte", d.Message.Vi, StringComparison.Ordinal);
        Assert.Contains($"{grouped} bytes", d.Message.En, StringComparison.Ordinal);
        Assert.Equal(1, d.Span.Line);
    }
}
