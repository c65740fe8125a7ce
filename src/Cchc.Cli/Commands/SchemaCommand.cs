using System.CommandLine;
using Cchc.Status;
using Cchc.Yaml;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc schema</c>: the JSON Schema of the plan format, for editors.</summary>
internal static class SchemaCommand
{
    public static Command Create(ConsoleIo io)
    {
        var command = new Command("schema",
            "In ra JSON Schema (draft 2020-12) của định dạng kế hoạch, có mô tả tiếng Việt, để trình soạn thảo gợi ý và kiểm tra khóa khi gõ.\nDùng: cchc schema > schema/cchc-plan.schema.json, rồi đầu tệp YAML ghi # yaml-language-server: $schema=../schema/cchc-plan.schema.json");
        // Accepted like on every command; the schema itself is the same in both languages (its descriptions are
        // Vietnamese, for the clerks whose editor shows them).
        command.Options.Add(CommonOptions.Lang());
        var status = new Option<bool>("--status") { Description = "In JSON Schema của tệp tình hình thực hiện (*.status.yaml) thay cho tệp kế hoạch" };
        command.Options.Add(status);
        command.SetAction(parsed =>
        {
            io.Out.Write(parsed.GetValue(status) ? StatusSchema.Write() : JsonSchemaWriter.Write());
            return ExitCodes.Ok;
        });
        return command;
    }
}
