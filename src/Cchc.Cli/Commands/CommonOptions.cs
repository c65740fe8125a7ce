using System.CommandLine;

namespace Cchc.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string> Lang() => new Option<string>("--lang")
    {
        Description = "Ngôn ngữ thông báo: vi (mặc định) hoặc en",
        DefaultValueFactory = _ => "vi",
        HelpName = "vi|en",
    }.AcceptOnlyFromAmong("vi", "en");

    /// <summary>How findings are printed: the same four forms for validate, check and import.</summary>
    public static Option<string> DiagnosticFormat() => new Option<string>("--format", "-f")
    {
        Description = "Dạng kết quả: human (mặc định), json, github (chú thích GitHub Actions), sarif",
        DefaultValueFactory = _ => "human",
        HelpName = "human|json|github|sarif",
    }.AcceptOnlyFromAmong("human", "json", "github", "sarif");
}
