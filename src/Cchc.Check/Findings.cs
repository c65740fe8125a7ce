using Cchc.Model;
using Cchc.Word;

namespace Cchc.Check;

/// <summary>
/// The findings of one file. A finding is placed as <c>ke-hoach.docx(¶12)</c>; a rule reports at most
/// <see cref="PerRule"/> places per document part, then one line counting the rest, so a foreign file with 300
/// unjustified paragraphs gives a readable report. A rule that does not apply to the part's kind reports nothing.
/// </summary>
internal sealed class Findings(string file, string lang)
{
    private const int PerRule = 5;
    private readonly List<Diagnostic> _list = [];
    private readonly Dictionary<(string Code, int Part), int> _counts = [];

    public string Lang => lang;

    public int Part { get; set; }

    public DocumentKind Kind { get; set; } = DocumentKind.Unknown;

    /// <summary>A paragraph or cell as the reader describes it; a whole table as "bảng 2".</summary>
    public void Add(CheckRule rule, WordPosition at, string vi, string en) =>
        Add(rule, at.Describe(lang), vi, en);

    public void AddSection(CheckRule rule, int section, string vi, string en) =>
        Add(rule, lang == "en" ? $"section {section + 1}" : $"phần {section + 1}", vi, en);

    public void Add(CheckRule rule, string where, string vi, string en)
    {
        if (rule.AppliesTo != DocumentKind.All && !rule.AppliesToKind(Kind))
        {
            return;
        }

        var key = (rule.Code.Code, Part);
        var n = _counts.GetValueOrDefault(key) + 1;
        _counts[key] = n;
        if (n <= PerRule)
        {
            _list.Add(rule.Code.At(SourceSpan.In(file, where), vi, en));
        }
    }

    public IReadOnlyList<Diagnostic> Result()
    {
        foreach (var ((code, _), n) in _counts.Where(c => c.Value > PerRule))
        {
            var rule = CheckRules.All.First(r => r.Code.Code == code);
            _list.Add(rule.Code.At(SourceSpan.None(file), $"Còn {n - PerRule} chỗ khác cùng lỗi {code}: {rule.Code.Description.Vi}.",
                $"{n - PerRule} more places with {code}: {rule.Code.Description.En}."));
        }

        return _list;
    }
}
