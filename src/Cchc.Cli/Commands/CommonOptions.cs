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
}
