using System.IO.Compression;
using System.Text.RegularExpressions;
using Cchc.Cli;
using Cchc.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace Cchc.Tests.Plans;

/// <summary>
/// A plan written from the specification alone, for another ward with its own agency codes, two appendices
/// and a KT. signer: it validates cleanly and builds with no change to the code.
/// </summary>
public sealed class OutsidePlanTests : IDisposable
{
    private static readonly string Plan = Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "Plans", "fixtures", "phuong-ngoc-ha-2026.yaml");
    private readonly string _out = Directory.CreateTempSubdirectory("cchc-outside-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void Validates_with_no_findings()
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, CliApp.Run(["validate", "--strict", Plan], output, output));
        Assert.Contains("0 lỗi, 0 cảnh báo", output.ToString());
    }

    [Fact]
    public void Builds_valid_documents_with_its_own_wording()
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, CliApp.Run(["build", Plan, "-o", _out], output, output));
        var decision = Path.Combine(_out, "phuong-ngoc-ha-2026-quyet-dinh.docx");
        var plan = Path.Combine(_out, "phuong-ngoc-ha-2026-ke-hoach.docx");
        Assert.Contains(decision, output.ToString());

        var qd = Text(decision);
        Assert.Contains("Số: 12/QĐ-UBND", qd);
        Assert.Contains("Ngọc Hà, ngày 05 tháng 01 năm 2026", qd);
        Assert.Contains("ỦY BAN NHÂN DÂN PHƯỜNG NGỌC HÀ", qd);
        Assert.Contains("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;", qd);
        Assert.Contains("Theo đề nghị của Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường.", qd);
        Assert.Contains("- UBND Thành phố (để b/c);", qd);
        Assert.Contains("- Lưu: VT, VP.", qd);
        Assert.Matches("TM. ỦY BAN NHÂN DÂN.*KT. CHỦ TỊCH.*PHÓ CHỦ TỊCH.*Trần Thu Hà", qd);

        var kh = Text(plan);
        Assert.Contains("Phụ lục I", kh);
        Assert.Contains("Phụ lục II", kh);
        Assert.Contains("VI. Chính quyền số, chuyển đổi số", kh);
        Assert.Contains("Trung tâm PVHCC và Công an phường", kh);
        Assert.Contains("Phòng VH-XH, Công an phường", kh);
        foreach (var file in new[] { decision, plan })
        {
            using var doc = WordprocessingDocument.Open(file, false);
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(doc));
        }
    }

    /// <summary>The document's text, one space between paragraphs.</summary>
    private static string Text(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        var text = Regex.Replace(Regex.Replace(xml, "</w:p>", " "), "<[^>]+>", "");
        return Regex.Replace(System.Net.WebUtility.HtmlDecode(text), @"\s+", " ");
    }
}
