using Cchc.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Xunit;

namespace Cchc.Tests.Build;

/// <summary>
/// Every document built from a real plan (both files and --single) passes the Open XML schema validator, and
/// the checks Word applies that the validator does not: each table cell ends with a paragraph, drawing ids
/// are unique, every referenced style and header exists.
/// </summary>
public sealed class BuiltDocxValidationTests(BuiltPlans built) : IClassFixture<BuiltPlans>
{
    [Theory]
    [MemberData(nameof(BuiltPlans.Documents), MemberType = typeof(BuiltPlans))]
    public void The_validator_reports_no_errors(string stem, string doc)
    {
        using var docx = WordprocessingDocument.Open(built.DocumentPath(stem, doc), isEditable: false);
        WordChecks.AssertValid(docx, FileFormatVersions.Office2019);
        WordChecks.AssertValid(docx, FileFormatVersions.Microsoft365);
    }

    [Theory]
    [MemberData(nameof(BuiltPlans.Documents), MemberType = typeof(BuiltPlans))]
    public void Every_table_cell_ends_with_a_paragraph(string stem, string doc)
    {
        // The 2025 Kế hoạch kèm theo has no table at all; every other document has the letterhead at least.
        using var docx = WordprocessingDocument.Open(built.DocumentPath(stem, doc), isEditable: false);
        WordChecks.AssertEveryCellEndsWithAParagraph(docx);
    }

    [Theory]
    [MemberData(nameof(BuiltPlans.Documents), MemberType = typeof(BuiltPlans))]
    public void Drawing_ids_are_unique_and_every_style_and_header_reference_resolves(string stem, string doc)
    {
        using var docx = WordprocessingDocument.Open(built.DocumentPath(stem, doc), isEditable: false);
        WordChecks.AssertIdsAndReferencesResolve(docx);
    }
}
