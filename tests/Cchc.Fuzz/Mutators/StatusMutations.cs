using System.Text;
using System.Text.RegularExpressions;

namespace Cchc.Fuzz.Mutators;

/// <summary>
/// Mutations that know the status file (docs/status-format.md): task and indicator ids the plan lacks, dates out of
/// order, impossible or far away, completions after the entry, two entries a day, huge and odd numbers, status
/// words and report periods off the list, wrong types on its own keys, and <c>plan:</c> naming odd paths.
/// </summary>
public static partial class StatusMutations
{
    private static readonly string[] Dates =
    [
        "2026-02-30", "2026-02-29", "2024-02-29", "31/02/2026", "29/02/2025", "00/00/0000", "0000-01-01", "0001-01-01", "9999-12-31",
        "10000-01-01", "2026-13-01", "2026-00-10", "2026-1-1", "1/1/2026", "20260331", "2026/03/31", "31.03.2026", "-2026-03-31",
        "1899-12-31", "1900-01-01", "2100-12-31", "2200-01-01", "2026-03-31T10:00:00", "2026-03-31 10:00", "46112", "45000.5",
        "", "~", "ngày 31 tháng 3 năm 2026", "31/03/2026", "31/3/26", "2025-12-31", "2027-01-01", "2030-06-30", "2026-03-32",
        "2147483647-01-01", "99999999999999999999-01-01",
    ];

    private static readonly string[] Numbers =
    [
        "1e308", "-1e308", "1.7976931348623157e308", "1e400", "-1e400", "4.9e-324", "99999999999999999999999999", "-0", "0x10",
        ".nan", ".inf", "-.inf", "NaN", "1_000", "1,5", "96,5", "100%", "\"100\"", "''", "[]", "{}", "true", "2147483648",
    ];

    private static readonly string[] Words =
    [
        "hoan_thanh", "dang_thuc_hien", "chua_thuc_hien", "tam_dung", "huy", "Đã hoàn thành", "hoàn thành", "HOAN THANH", "TAM DUNG",
        "hoan-thanh", "hoanthanh", "Xong", "done", "", "~", "hoàn thành\u0301", "hoa\u0300n tha\u0300nh", "\u200Bhoan_thanh", "huy ", "HUỶ", "hủy",
    ];

    private static readonly string[] Periods =
    [
        "Quý I/2026", "Quý IV/2026", "Quý V/2026", "Quý 0/2026", "Quý I/1900", "Quý I/99999999999", "6 tháng", "9 tháng", "năm", "Năm 2026",
        "6 tháng đầu năm 2026", "Tháng 13/2026", "", "Quý I/2026 ", "quý i/2026", "Quy I/2026", "Quý I/2026\u2028", "Cả năm", "Quý V/0000",
        "năm 0000", "Quý X/9999", "9 tháng 10000",
    ];

    private static readonly string[] PlanNames =
    [
        "", "~", "khac.yaml", "../plans/phuong-hai-duong-2026.yaml", "/dev/null", "/", ".", "..", "phuong-hai-duong-2026.status.yaml",
        "\"a\\0b.yaml\"", "\"\\t.yaml\"", "con/thu/muc.yaml", "[a, b]", "{a: b}", "42",
    ];

    private static readonly string[] OwnKeys = ["cchc_status", "plan", "tasks", "indicators", "reports", "date", "status", "completed", "result", "products", "note", "by", "value", "number", "recipients", "archive", "direction", "strengths", "weaknesses", "causes", "as_of", "signer"];

    private static readonly string[] WrongTypes = ["[]", "{}", "[a, b]", "{a: b}", "42", "-7", "3.5", "true", "null", "~", "\"\"", "- x", "|\n      văn bản", "&a x", "*a"];

    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("status.unknown-id", (b, r, _) => OnLines(b, r, l => IdLine().IsMatch(l), (ls, i) => ls[i] = IdLine().Replace(ls[i], m => m.Groups[1].Value + OtherId(r, m.Groups[2].Value) + ":", 1))),
        new("status.date-edge", (b, r, _) => OnLines(b, r, l => DateValue().IsMatch(l), (ls, i) => ls[i] = ReplaceOne(DateValue(), ls[i], r, m => m.Groups[1].Value + Quote(r, Dates[r.Next(Dates.Length)])))),
        new("status.swap-dates", (b, r, _) => SwapDates(b, r)),
        new("status.completed-late", (b, r, _) => OnLines(b, r, l => l.TrimStart().StartsWith("completed:", StringComparison.Ordinal), (ls, i) => ls[i] = ls[i][..ls[i].IndexOf("completed:", StringComparison.Ordinal)] + "completed: \"" + Dates[r.Next(Dates.Length)] + "\"")),
        new("status.entry-duplicate", (b, r, _) => DuplicateEntry(b, r)),
        new("status.number-edge", (b, r, _) => OnLines(b, r, l => NumberValue().IsMatch(l), (ls, i) => ls[i] = ReplaceOne(NumberValue(), ls[i], r, m => m.Groups[1].Value + Numbers[r.Next(Numbers.Length)] + m.Groups[3].Value))),
        new("status.word-edge", (b, r, _) => OnLines(b, r, l => StatusValue().IsMatch(l), (ls, i) => ls[i] = StatusValue().Replace(ls[i], m => m.Groups[1].Value + Quote(r, Words[r.Next(Words.Length)]), 1))),
        new("status.period-edge", (b, r, _) => OnLines(b, r, l => PeriodKey().IsMatch(l), (ls, i) => ls[i] = PeriodKey().Replace(ls[i], m => m.Groups[1].Value + "\"" + Periods[r.Next(Periods.Length)] + "\":", 1))),
        new("status.plan-edge", (b, r, _) => OnLines(b, r, l => l.StartsWith("plan:", StringComparison.Ordinal), (ls, i) => ls[i] = "plan: " + PlanNames[r.Next(PlanNames.Length)])),
        new("status.version-edge", (b, r, _) => OnLines(b, r, l => l.StartsWith("cchc_status:", StringComparison.Ordinal), (ls, i) => ls[i] = "cchc_status: " + new[] { "0", "2", "1.0", "\"1\"", "", "-1", "1e308", "[1]" }[r.Next(8)])),
        new("status.wrong-type", (b, r, _) => OnLines(b, r, l => OwnKey().IsMatch(l), (ls, i) => ls[i] = OwnKey().Replace(ls[i], m => m.Groups[1].Value + " " + WrongTypes[r.Next(WrongTypes.Length)], 1))),
        new("status.rename-key", (b, r, _) => OnLines(b, r, l => OwnKey().IsMatch(l), (ls, i) => ls[i] = OwnKey().Replace(ls[i], m => m.Groups[1].Value.Replace(m.Groups[2].Value, OwnKeys[r.Next(OwnKeys.Length)], StringComparison.Ordinal) + m.Groups[3].Value, 1))),
    ];

    private static string OtherId(Random r, string id) => r.Next(7) switch
    {
        0 => id.Length > 1 ? id[..^1] : id + id,
        1 => id + "-x",
        2 => id.ToUpperInvariant(),
        3 => "ind-" + id,
        4 => new string('a', 500 + r.Next(5000)),
        5 => "\"" + id + "\u0301\"",
        _ => "\"\"",
    };

    private static string Quote(Random r, string v) => r.Next(3) switch { 0 => v, 1 => "'" + v.Replace("'", "''", StringComparison.Ordinal) + "'", _ => "\"" + v + "\"" };

    private static string ReplaceOne(Regex regex, string line, Random r, MatchEvaluator edit)
    {
        var matches = regex.Matches(line);
        var m = matches[r.Next(matches.Count)];
        return line[..m.Index] + edit(m) + line[(m.Index + m.Length)..];
    }

    private static byte[] OnLines(byte[] b, Random r, Func<string, bool> fits, Action<List<string>, int> edit)
    {
        var lines = Encoding.UTF8.GetString(b).Split('\n').ToList();
        var candidates = Enumerable.Range(0, lines.Count).Where(i => !lines[i].TrimStart().StartsWith('#') && fits(lines[i])).ToList();
        if (candidates.Count > 0)
        {
            edit(lines, candidates[r.Next(candidates.Count)]);
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>Two date values anywhere in the file trade places: entries out of order, completions before they start.</summary>
    private static byte[] SwapDates(byte[] b, Random r)
    {
        var text = Encoding.UTF8.GetString(b);
        var dates = DateValue().Matches(text);
        if (dates.Count < 2)
        {
            return b;
        }

        var (x, y) = (dates[r.Next(dates.Count)], dates[r.Next(dates.Count)]);
        if (x.Index > y.Index)
        {
            (x, y) = (y, x);
        }

        if (x.Index == y.Index)
        {
            return b;
        }

        var vx = x.Value[x.Groups[1].Length..];
        var vy = y.Value[y.Groups[1].Length..];
        var sb = new StringBuilder(text);
        sb.Remove(y.Index + y.Groups[1].Length, vy.Length).Insert(y.Index + y.Groups[1].Length, vx);
        sb.Remove(x.Index + x.Groups[1].Length, vx.Length).Insert(x.Index + x.Groups[1].Length, vy);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>An entry ("- date: …" and the lines under it) repeated right after itself: two entries on one day.</summary>
    private static byte[] DuplicateEntry(byte[] b, Random r)
    {
        var lines = Encoding.UTF8.GetString(b).Split('\n').ToList();
        var starts = Enumerable.Range(0, lines.Count).Where(i => lines[i].TrimStart().StartsWith("- ", StringComparison.Ordinal) && lines[i].Contains("date", StringComparison.Ordinal)).ToList();
        if (starts.Count == 0)
        {
            return Encoding.UTF8.GetBytes(string.Join('\n', lines));
        }

        var start = starts[r.Next(starts.Count)];
        var indent = lines[start].Length - lines[start].TrimStart().Length;
        var end = start + 1;
        while (end < lines.Count && lines[end].Length - lines[end].TrimStart().Length > indent && lines[end].Trim().Length > 0)
        {
            end++;
        }

        lines.InsertRange(end, lines.GetRange(start, end - start));
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>A task or indicator id: a key two spaces in.</summary>
    [GeneratedRegex(@"^(  )([A-Za-z0-9][\w.-]*):\s*$")]
    private static partial Regex IdLine();

    [GeneratedRegex(@"((?:date|completed|as_of):\s*)(""[^""]*""|'[^']*'|[^,}\s#]+)")]
    private static partial Regex DateValue();

    [GeneratedRegex(@"((?:value|number):\s*)([^,}\s#]+)(.*)$")]
    private static partial Regex NumberValue();

    [GeneratedRegex(@"(status:\s*)(""[^""]*""|'[^']*'|[^,}\s#]+)")]
    private static partial Regex StatusValue();

    /// <summary>A report period: a quoted key two spaces in.</summary>
    [GeneratedRegex(@"^(  )""[^""]*"":")]
    private static partial Regex PeriodKey();

    [GeneratedRegex(@"^(\s*(?:- )?(cchc_status|plan|tasks|indicators|reports|date|status|completed|result|products|note|by|value|number|recipients|archive|direction|strengths|weaknesses|causes|as_of|signer):)(.*)$")]
    private static partial Regex OwnKey();
}
