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
            Assert.True(errors.Count == 0, $"{plan} {kind}: " + string.Join("\n", errors.Select(d => $"{d.Span.File}: {d.Code} {d.Message.Vi}")));
        }
    }
}
