using Cchc.Check;
using Cchc.Tests.Word;
using Xunit;

namespace Cchc.Tests.Check;

/// <summary>Every document cchc builds passes its own Decree 30 check with no error.</summary>
public sealed class BuiltDocumentCheckTests
{
    public static IEnumerable<object[]> Plans() => BuiltDocuments.Plans();

    [Theory]
    [MemberData(nameof(Plans))]
    public void Every_built_document_passes_the_check_without_errors(string plan)
    {
        foreach (var (kind, docx) in Checked.Built(plan))
        {
            var errors = Checked.Check(docx, kind + ".docx").Where(d => d.IsError).ToList();
            Assert.True(errors.Count == 0, $"{plan} {kind}: " + string.Join("\n", errors.Select(d => $"{d.Span.Describe()}: {d.Code} {d.Message.Vi}")));
        }
    }

    /// <summary>One file holding the Quyết định, the Kế hoạch and its Phụ lục is split into those documents, in order.</summary>
    [Theory]
    [MemberData(nameof(Plans))]
    public void A_single_file_is_split_into_its_documents(string plan)
    {
        var built = Checked.Built(plan);
        var read = Cchc.Word.WordReader.Read(new MemoryStream(built["single"]), "single.docx").Document!;
        var kinds = DocumentParts.Of(read).Select(p => p.Kind).ToList();
        var expected = new List<DocumentKind>();
        if (built.ContainsKey("quyet-dinh"))
        {
            expected.Add(DocumentKind.Decision);
        }

        expected.Add(DocumentKind.Plan);
        var plans = Cchc.Word.WordReader.Read(new MemoryStream(built["ke-hoach"]), "kh.docx").Document!;
        var planParts = DocumentParts.Of(plans);
        Assert.Equal(DocumentKind.Plan, planParts[0].Kind);
        Assert.All(planParts.Skip(1), p => Assert.Equal(DocumentKind.Appendix, p.Kind));
        expected.AddRange(planParts.Skip(1).Select(p => p.Kind));
        Assert.Equal(expected, kinds);
    }
}
