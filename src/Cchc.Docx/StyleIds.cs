using Cchc.Model.Documents;

namespace Cchc.Docx;

/// <summary>Style ids of Styles/styles.xml. Each <see cref="ParaStyle"/> has the style of the same name.</summary>
internal static class StyleIds
{
    public const string LetterheadSuperior = "LetterheadSuperior";
    public const string LetterheadAgency = "LetterheadAgency";
    public const string NumberLine = "NumberLine";
    public const string NationalTitle = "NationalTitle";
    public const string Motto = "Motto";
    public const string PlaceDateLine = "PlaceDateLine";
    public const string PlaceDateLineCompact = "PlaceDateLineCompact";
    public const string Rule = "Rule";
    public const string TitleRule = "TitleRule";
    public const string RecipientsHeading = "RecipientsHeading";
    public const string Recipient = "Recipient";
    public const string SignerAuthority = "SignerAuthority";
    public const string SignatureSpace = "SignatureSpace";
    public const string SignerName = "SignerName";
    public const string PageNumber = "PageNumber";
    public const string Spacer = "Spacer";
    public const string TableGap = "TableGap";
    public const string LayoutTable = "LayoutTable";
    public const string GridTable = "GridTable";

    public static string Of(ParaStyle style) => style switch
    {
        ParaStyle.Body => "Body",
        ParaStyle.Basis => "Basis",
        ParaStyle.DocType => "DocType",
        ParaStyle.Summary => "Summary",
        ParaStyle.AttachedLine => "AttachedLine",
        ParaStyle.Authority => "Authority",
        ParaStyle.DecisionHeading => "DecisionHeading",
        ParaStyle.Article => "Article",
        ParaStyle.Heading1 => "Heading1",
        ParaStyle.Heading2 => "Heading2",
        ParaStyle.Heading3 => "Heading3",
        ParaStyle.Heading4 => "Heading4",
        ParaStyle.ListItem => "ListItem",
        ParaStyle.AppendixLabel => "AppendixLabel",
        ParaStyle.AppendixTitle => "AppendixTitle",
        ParaStyle.TableHeader => "TableHeader",
        ParaStyle.TableCell => "TableCell",
        ParaStyle.TableCellCentered => "TableCellCentered",
        ParaStyle.TableGroup => "TableGroup",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "No style for this paragraph kind."),
    };
}
