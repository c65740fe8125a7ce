// Entry point placeholder so the solution and the test project (which references Cchc.Cli) build.
// The CLI commands replace this file.
Console.Error.WriteLine("cchc: chưa có lệnh nào được cài đặt.");
return 2;
