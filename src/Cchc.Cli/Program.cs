using System.Text;

namespace Cchc.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        try
        {
            return CliApp.Run(args, Console.Out, Console.Error, !Console.IsOutputRedirected);
        }
        catch (Exception ex)
        {
            // Last line of defence: a user never sees a stack trace, nor the exception's English message.
            Console.Error.WriteLine($"cchc: lỗi không mong đợi ({ex.GetType().Name}). Vui lòng báo lỗi này kèm tệp kế hoạch và lệnh đã chạy.");
            return ExitCodes.Usage;
        }
    }
}
