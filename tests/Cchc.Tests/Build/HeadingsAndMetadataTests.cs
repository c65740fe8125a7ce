using System.Text;
using System.Text.Json;
using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using Xunit;
using M = Cchc.Model.Documents;

namespace Cchc.Tests.Build;

/// <summary>
/// What readers other than Word see in a built Kế hoạch: pandoc finds the I., 1., a) headings as headings of
/// levels 1–3 (the heading styles are "heading N" with outline levels), and python-docx and the Open XML SDK
/// read the core properties (title = trích yếu, subject, creator = issuer, vi-VN, the plan's date).
/// </summary>
public sealed class HeadingsAndMetadataTests(BuiltPlans built) : IClassFixture<BuiltPlans>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    [SkippableTheory]
    [MemberData(nameof(BuiltPlans.Stems), MemberType = typeof(BuiltPlans))]
    public void Pandoc_reads_every_body_heading_as_a_heading_of_its_level(string stem)
    {
        Tools.RequirePandoc();

        var (exit, json, error) = LibreOffice.Run("pandoc", Timeout, "-f", "docx", "-t", "json", built.DocumentPath(stem, "ke-hoach"));
        Assert.True(exit == 0, error);
        var found = new List<(int, string)>();
        foreach (var block in JsonDocument.Parse(json).RootElement.GetProperty("blocks").EnumerateArray())
        {
            if (block.GetProperty("t").GetString() == "Header")
            {
                var content = block.GetProperty("c");
                found.Add((content[0].GetInt32(), Inlines(content[2])));
            }
        }

        Assert.True(found.Count >= 4, $"pandoc found {found.Count} headings");
        Assert.Equal(ExpectedHeadings(stem), found);
    }

    [Theory]
    [MemberData(nameof(BuiltPlans.Documents), MemberType = typeof(BuiltPlans))]
    public void The_Open_XML_SDK_reads_title_subject_creator_language_and_the_plan_date(string stem, string doc)
    {
        var package = BuiltPlans.Load(stem);
        var composed = Composer.Compose(package, TemplateSet.Builtin);
        // A single file is the Quyết định with what it issues: it carries the Quyết định's metadata.
        var lead = doc == "quyet-dinh" || (doc == "single" && composed.Decision is not null) ? composed.Decision! : composed.Plan;
        var expected = lead.Properties!;
        using var docx = WordprocessingDocument.Open(built.DocumentPath(stem, doc), isEditable: false);
        var core = docx.PackageProperties;
        Assert.Equal(expected.Title, core.Title);
        Assert.Equal(lead == composed.Decision ? "Quyết định" : "Kế hoạch", core.Subject);
        Assert.Equal(package.IssuerFullName, core.Creator);
        Assert.Equal("vi-VN", core.Language);
        Assert.Equal(expected.Date?.ToDateTime(TimeOnly.MinValue), core.Created?.ToUniversalTime());
        Assert.Equal(core.Created, core.Modified);
        Assert.Equal("cchc", docx.ExtendedFilePropertiesPart!.Properties!.Application!.Text);
    }

    [SkippableFact]
    public void Python_docx_reads_the_core_properties_of_the_built_Kế_hoạch()
    {
        // The first python3 on PATH may be a version manager's without python-docx; any that has it will do.
        const string Script = "import sys, docx\np = docx.Document(sys.argv[1]).core_properties\n"
            + "sys.stdout.buffer.write('|'.join([p.title, p.subject, p.author, p.language, p.created.isoformat()]).encode('utf-8'))";
        var file = built.DocumentPath("phuong-hai-duong-2026", "ke-hoach");
        var runs = PythonsOnPath().Select(python => LibreOffice.Run(python, Timeout, "-c", Script, file)).ToList();
        var read = runs.Where(r => !r.Stderr.Contains("No module named 'docx'", StringComparison.Ordinal)).ToList();
        Assert.False(read.Count == 0 && Tools.IsCi, "CI=true nhưng không có python3 nào có python-docx trong PATH.");
        Skip.If(read.Count == 0, "không có python3 nào có python-docx trong PATH: cài bằng apt-get install python3-docx");

        Assert.True(read[0].Exit == 0, read[0].Stderr);
        Assert.Equal("Cải cách hành chính nhà nước phường Hải Dương năm 2026|Kế hoạch|Ủy ban nhân dân phường Hải Dương|vi-VN|2026-01-12T00:00:00",
            read[0].Stdout);
    }

    private static IEnumerable<string> PythonsOnPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "python3")).Where(File.Exists).Distinct();

    /// <summary>The body headings of the composed Kế hoạch, level by style, as text on one line.</summary>
    private static List<(int, string)> ExpectedHeadings(string stem)
    {
        var plan = Composer.Compose(BuiltPlans.Load(stem), TemplateSet.Builtin).Plan;
        var levels = new Dictionary<M.ParaStyle, int> { [M.ParaStyle.Heading1] = 1, [M.ParaStyle.Heading2] = 2, [M.ParaStyle.Heading3] = 3, [M.ParaStyle.Heading4] = 4 };
        return plan.Sections.SelectMany(s => s.Blocks).OfType<M.Paragraph>()
            .Where(p => levels.ContainsKey(p.Style))
            .Select(p => (levels[p.Style], OneLine(string.Concat(p.Runs.Select(r => r.Text)))))
            .ToList();
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Pandoc inlines as text: strings, spaces and line breaks, through emphasis.</summary>
    private static string Inlines(JsonElement inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines.EnumerateArray())
        {
            switch (inline.GetProperty("t").GetString())
            {
                case "Str":
                    text.Append(inline.GetProperty("c").GetString());
                    break;
                case "Space" or "SoftBreak" or "LineBreak":
                    text.Append(' ');
                    break;
                default:
                    if (inline.TryGetProperty("c", out var inner) && inner.ValueKind == JsonValueKind.Array)
                    {
                        text.Append(Inlines(inner));
                    }

                    break;
            }
        }

        return OneLine(text.ToString());
    }
}
