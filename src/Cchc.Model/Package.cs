namespace Cchc.Model;

/// <summary>One plan file: an optional Quyết định, the Kế hoạch and its Phụ lục.</summary>
public sealed record Package(
    string SourcePath,
    int Version,
    Issuer Issuer,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<AreaSetting> Areas,
    DocumentStyle Style,
    Decision? Decision,
    PlanDocument Plan,
    IReadOnlyList<Appendix> Appendices,
    SpanMap Spans)
{
    private Dictionary<string, Agency>? _registry;

    public IReadOnlyDictionary<string, Agency> Registry =>
        _registry ??= Agencies.GroupBy(a => a.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public AreaSetting? Area(string key) => Areas.FirstOrDefault(a => a.Key == key);

    /// <summary>"Ủy ban nhân dân phường Hải Dương".</summary>
    public string IssuerFullName => $"{Issuer.Body} {Issuer.Unit} {Issuer.Name}";
}

public sealed record Issuer(
    string Body,
    string Unit,
    string Name,
    string? Province,
    string? Superior,
    string? Place,
    string Abbr,
    IReadOnlyList<string>? Header,
    SpanMap Spans)
{
    public string PlaceName => Place ?? Name;
}

public sealed record AreaSetting(string Key, string? Title, string? GroupTitle, string? Lead, SpanMap Spans);

public enum DateStyle
{
    Long,
    Short,
}

public sealed record DocumentStyle(DateStyle RefDate, DateStyle AttachedDate, string NationalTitle, string Blank)
{
    public const string DefaultNationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    public static DocumentStyle Default { get; } = new(DateStyle.Short, DateStyle.Long, DefaultNationalTitle, "      ");
}

/// <summary>A date as written in the plan: null, or a possibly partial date, with its source position.</summary>
public sealed record DateValue(PartialDate? Date, SourceSpan Span);

public sealed record Decision(
    string? Number,
    string Symbol,
    DateValue? Date,
    string Title,
    IReadOnlyList<LegalRef> Bases,
    string? Proposer,
    IReadOnlyList<Article>? Articles,
    string? Executors,
    string? AttachedBy,
    IReadOnlyList<Recipient> Recipients,
    IReadOnlyList<ArchiveEntry> Archive,
    Signer? Signer,
    SpanMap Spans);

public sealed record Article(IReadOnlyList<string> Paragraphs, SourceSpan Span);

public sealed record Recipient(string To, string? Note, SourceSpan Span);

/// <summary>An archive entry: an agency code (rendered as its abbr) or literal text such as "VT".</summary>
public sealed record ArchiveEntry(string Text, bool IsCode, SourceSpan Span);

public sealed record Signer(string? Tm, string? Kt, string Title, string? Name, SpanMap Spans);

public sealed record LegalRef(
    string? Kind,
    string? Number,
    string? Year,
    string? Symbol,
    DateValue? Date,
    DateStyle? DateStyle,
    string? Issuer,
    string? Title,
    IReadOnlyList<LegalRef> Also,
    string? Text,
    SpanMap Spans);
