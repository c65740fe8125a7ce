using System.Text.RegularExpressions;
using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Import.Recognition;
using Cchc.Import.Recognition.Appendix;
using Cchc.Import.Recognition.Body;
using Cchc.Tests.Support;
using Cchc.Tests.Word;
using Cchc.Word;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Import;

/// <summary>
/// build → read → recognise → build: each plan's body, task table, agencies and areas replaced by what the
/// recognisers read from its built Kế hoạch load without errors and rebuild the Kế hoạch paragraph for paragraph.
/// </summary>
public sealed partial class RoundTripImportTests
{
    public static IEnumerable<object[]> Plans() => BuiltDocuments.Plans();

    [Theory]
    [MemberData(nameof(Plans))]
    public void The_recognised_body_and_table_rebuild_the_same_Ke_hoach(string plan)
    {
        var path = Path.Combine(RepoPaths.Plans, plan);
        var original = BuiltDocuments.Compose(plan).Last();
        var doc = BuiltDocuments.Read(BuiltDocuments.Write(original));
        var blocks = doc.Blocks.ToList();
        var first = blocks.FindIndex(b => b is WordParagraph { Format.OutlineLevel: 0 });
        var label = blocks.FindIndex(b => b is WordParagraph p && p.Text.StartsWith("Phụ lục", StringComparison.OrdinalIgnoreCase));
        var end = blocks.FindIndex(first, b => b is WordTable || blocks.IndexOf(b) == label);
        var ctx = new ImportContext("ke-hoach.docx");
        // As the frame does with the Lưu line before the Phụ lục: the abbreviations the archive names.
        var package = PlanLoader.Load(File.ReadAllText(path), path).Package!;
        var archive = (package.Decision?.Archive ?? package.Plan.Archive).Where(a => a.IsCode).Select(a => package.Registry[a.Text].Abbr!).ToList();
        var body = PlanBodyRecognizer.Recognize(blocks[first..(end < 0 ? blocks.Count : end)], ctx);
        var noted = archive.Select(a => Cchc.Import.Recognition.Agencies.AgencyRegistry.For(ctx).NoteAbbreviation(a)).ToList();
        Assert.Equal((package.Decision?.Archive ?? package.Plan.Archive).Where(a => a.IsCode).Select(a => a.Text), noted);
        var appendix = AppendixRecognizer.Recognize(label < 0 ? [] : blocks[label..], ctx);

        var yaml = Splice(File.ReadAllText(path), body, appendix);
        Assert.Contains("# cchc: đoán", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("label: \"f)\"", yaml.Split("\n  body:")[0], StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("CCHC_IMPORT_DUMP") is { Length: > 0 } dump)
        {
            File.WriteAllText(Path.Combine(dump, plan), yaml);
        }

        var loaded = PlanLoader.Load(yaml, "imported.yaml");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Span} {d.Code} {d.Message.Vi}")) + "\n" + yaml);
        var findings = Cchc.Validation.PlanValidator.Validate(loaded.Package!);
        Assert.DoesNotContain(findings, d => d.IsError);
        var rebuilt = Composer.Compose(loaded.Package!, TemplateSet.Builtin);
        Assert.False(rebuilt.HasErrors);
        Assert.Equal(BuiltDocuments.ComposedTexts(original).Where(t => t.Length > 0), BuiltDocuments.ComposedTexts(rebuilt.Plan).Where(t => t.Length > 0));
    }

    /// <summary>The plan's YAML with <c>agencies</c>, <c>areas</c>, <c>appendices</c> and <c>plan.body</c> replaced by the recognised ones.</summary>
    private static string Splice(string yaml, Cchc.Import.Output.YSeq body, AppendixResult appendix)
    {
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var keep = new List<string>();
        string? top = null;
        var inBody = false;
        foreach (var line in lines)
        {
            if (TopKey().Match(line) is { Success: true } m)
            {
                top = m.Groups[1].Value;
                inBody = false;
            }

            if (top == "plan" && BodyKey().IsMatch(line))
            {
                inBody = true;
                keep.Add("  body:");
                keep.Add(TestYamlPrinter.Print(body, 4).TrimEnd('\n'));
                continue;
            }

            if (inBody && (line.Length == 0 || line.StartsWith("   ", StringComparison.Ordinal) || line.StartsWith("  #", StringComparison.Ordinal) || line.StartsWith("  -", StringComparison.Ordinal)))
            {
                continue;
            }

            inBody = false;
            if (top is "agencies" or "areas" or "appendices")
            {
                continue;
            }

            keep.Add(line);
        }

        keep.Add("agencies:" + (appendix.Agencies.Entries.Count == 0 ? " {}" : "\n" + TestYamlPrinter.Print(appendix.Agencies, 2).TrimEnd('\n')));
        if (appendix.Areas.Entries.Count > 0)
        {
            keep.Add("areas:\n" + TestYamlPrinter.Print(appendix.Areas, 2).TrimEnd('\n'));
        }

        if (appendix.Appendices.Items.Count > 0)
        {
            keep.Add("appendices:\n" + TestYamlPrinter.Print(appendix.Appendices, 2).TrimEnd('\n'));
        }

        return string.Join("\n", keep) + "\n";
    }

    [GeneratedRegex(@"^([a-z_]+):")]
    private static partial Regex TopKey();

    [GeneratedRegex(@"^  body:")]
    private static partial Regex BodyKey();
}
