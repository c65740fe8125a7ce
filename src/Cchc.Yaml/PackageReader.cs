using System.Globalization;
using Cchc.Model;

namespace Cchc.Yaml;

/// <summary>
/// Converts the YAML tree into the plan model. Every problem becomes a diagnostic and reading goes on, so
/// that all the problems of a file are reported in one run; a value that cannot be read is left out.
/// </summary>
internal sealed partial class PackageReader
{
    private readonly string _path;
    private readonly List<Diagnostic> _diagnostics;

    public PackageReader(string path, List<Diagnostic> diagnostics)
    {
        _path = path;
        _diagnostics = diagnostics;
    }

    private void Error(DiagnosticCode code, SourceSpan span, string vi, string en) => _diagnostics.Add(code.At(span, vi, en));

    /// <summary>Checks a mapping's keys: duplicates (E107), unknown keys (E001, with a suggestion), missing required keys (E001).</summary>
    private Fields? Map(YNodeRef? maybe, Shape shape, string what)
    {
        if (maybe is not { } node)
        {
            return null;
        }

        if (node.Kind != YKind.Mapping)
        {
            Error(DiagnosticCatalog.E001, node.Span, $"{what} phải là một bảng khóa–giá trị (key: value), nhưng đây là {node.Describe("vi")}",
                $"{what} must be a mapping (key: value), found {node.Describe("en")}");
            return null;
        }

        // The accepted keys, each once, with their values and the values' spans: scanned, as a mapping has a few keys.
        // A key is kept as the schema's own string, so a rule's lookup by the same literal matches at once.
        var pairs = node.Pairs;
        var keys = new string[pairs.Count];
        var values = new YNodeRef[pairs.Count];
        var spans = new SourceSpan[pairs.Count];
        var count = 0;
        HashSet<string>? suggested = null;
        foreach (var (k, v) in pairs)
        {
            if (k.Kind != YKind.Scalar)
            {
                Error(DiagnosticCatalog.E001, k.Span, "khóa phải là một chữ đơn giản", "a key must be a plain scalar");
                continue;
            }

            if (Array.IndexOf(keys, k.Value, 0, count) is var seen and >= 0)
            {
                var first = spans[seen];
                Error(DiagnosticCatalog.E107, k.Span, $"khóa \"{k.Value}\" bị lặp lại trong cùng một bảng (lần đầu ở dòng {first.Line}); xóa một trong hai",
                    $"key \"{k.Value}\" is repeated in the same mapping (first at line {first.Line})");
                continue;
            }

            if (shape.Find(k.Value) is not { } spec)
            {
                var (vi, en) = Suggest.Hint(k.Value, shape.Names);
                Error(DiagnosticCatalog.E001, k.Span, $"khóa không được biết \"{k.Value}\" trong {what}{vi}", $"unknown key \"{k.Value}\" in {what}{en}");
                if (Spelling.Closest(k.Value, shape.Names) is { } meant)
                {
                    (suggested ??= new(StringComparer.Ordinal)).Add(meant);
                }

                continue;
            }

            keys[count] = spec.Name;
            values[count] = v;
            spans[count++] = v.Span;
        }

        // A required key that a misspelt key was taken for is already reported there ("peroid" → "period").
        foreach (var key in shape.Keys)
        {
            if (!key.Required || Array.IndexOf(keys, key.Name, 0, count) >= 0 || suggested?.Contains(key.Name) == true)
            {
                continue;
            }

            Error(DiagnosticCatalog.E001, node.Span, $"{what} thiếu khóa bắt buộc \"{key.Name}\" ({key.Description})",
                $"{what} lacks the required key \"{key.Name}\"");
        }

        if (count < keys.Length)
        {
            Array.Resize(ref keys, count);
            Array.Resize(ref spans, count);
        }

        return new Fields(node, shape, keys, values, new SpanMap(node.Span, keys, spans));
    }

    private string? Str(Fields? f, string key, string? fallback = null)
    {
        if (f?[key] is not { } n || n.IsNull)
        {
            return fallback;
        }

        if (n.Kind != YKind.Scalar)
        {
            Error(DiagnosticCatalog.E001, n.Span, $"\"{key}\" phải là một chuỗi, nhưng đây là {n.Describe("vi")}", $"\"{key}\" must be a string, found {n.Describe("en")}");
            return fallback;
        }

        return n.Value.Trim();
    }

    private string Required(Fields? f, string key) => Str(f, key) ?? "";

    private bool Bool(Fields? f, string key)
    {
        if (f?[key] is not { } n || n.IsNull)
        {
            return false;
        }

        if (n.Kind == YKind.Scalar && n.IsPlain && n.Value is "true" or "false" or "True" or "False")
        {
            return n.Value is "true" or "True";
        }

        Error(DiagnosticCatalog.E001, n.Span, $"\"{key}\" phải là true hoặc false, nhưng đây là {n.Describe("vi")}", $"\"{key}\" must be true or false, found {n.Describe("en")}");
        return false;
    }

    private int? Int(Fields? f, string key)
    {
        var s = Str(f, key);
        if (s is null)
        {
            return null;
        }

        if (int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        if (IsDigits(s))
        {
            OutOfRange(f!.Spans.Of(key), key, s, $"{int.MinValue:N0} … {int.MaxValue:N0}");
        }
        else
        {
            Error(DiagnosticCatalog.E001, f!.Spans.Of(key), $"\"{key}\" phải là một số nguyên, nhưng đây là \"{s}\"", $"\"{key}\" must be an integer, found \"{s}\"");
        }

        return null;
    }

    /// <summary>A year (a target's baseline): an integer a plan can name, 1900–2200 as for dates and periods.</summary>
    private int? Year(Fields? f, string key)
    {
        var year = Int(f, key);
        if (year is < 1900 or > 2200)
        {
            Error(DiagnosticCatalog.E008, f!.Spans.Of(key), $"năm {year} của \"{key}\" nằm ngoài khoảng 1900–2200", $"year {year} of \"{key}\" is outside 1900–2200");
            return null;
        }

        return year;
    }

    private decimal? Decimal(Fields? f, string key)
    {
        var s = Str(f, key);
        if (s is null)
        {
            return null;
        }

        if (decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        if (IsDigits(s.Replace(".", "", StringComparison.Ordinal)) && s.Count(c => c == '.') <= 1)
        {
            OutOfRange(f!.Spans.Of(key), key, s, $"±{decimal.MaxValue:N0}");
            return null;
        }

        Error(DiagnosticCatalog.E001, f!.Spans.Of(key), $"\"{key}\" phải là một số (dùng dấu chấm thập phân, ví dụ 12.5), nhưng đây là \"{s}\"",
            $"\"{key}\" must be a number, found \"{s}\"");
        return null;
    }

    /// <summary>An optional sign then ASCII digits: a number, though maybe too large to hold.</summary>
    private static bool IsDigits(string s)
    {
        var digits = s.StartsWith('-') || s.StartsWith('+') ? s[1..] : s;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit);
    }

    private void OutOfRange(SourceSpan span, string key, string value, string range) =>
        Error(DiagnosticCatalog.E108, span, $"số \"{value}\" của \"{key}\" nằm ngoài phạm vi cho phép ({range})",
            $"the number \"{value}\" of \"{key}\" is out of range ({range})");

    /// <summary>A value from a closed list; <paramref name="code"/> is E005 for area keys, E001 otherwise.</summary>
    private string? Enum(Fields? f, string key, DiagnosticCode? code = null)
    {
        code ??= DiagnosticCatalog.E001;
        var s = Str(f, key);
        var spec = f?.Shape.Find(key);
        if (s is null || spec?.Values is null || spec.Values.Contains(s))
        {
            return s;
        }

        var (vi, en) = Suggest.Hint(s, spec.Values);
        Error(code, f!.Spans.Of(key), $"giá trị \"{s}\" không hợp lệ cho \"{key}\"{vi}", $"\"{s}\" is not a valid value of \"{key}\"{en}");
        return null;
    }

    private YItems Seq(Fields? f, string key) => Seq(f?[key], key);

    private YItems Seq(YNodeRef? maybe, string key)
    {
        if (maybe is not { } n || n.IsNull)
        {
            return default;
        }

        if (n.Kind != YKind.Sequence)
        {
            Error(DiagnosticCatalog.E001, n.Span, $"\"{key}\" phải là một danh sách (mỗi phần tử một dòng bắt đầu bằng \"- \"), nhưng đây là {n.Describe("vi")}",
                $"\"{key}\" must be a list, found {n.Describe("en")}");
            return default;
        }

        return n.Items;
    }

    private List<string> StrList(Fields? f, string key)
    {
        var result = new List<string>();
        foreach (var item in Seq(f, key))
        {
            if (item.Kind != YKind.Scalar || item.IsNull)
            {
                Error(DiagnosticCatalog.E001, item.Span, $"mỗi phần tử của \"{key}\" phải là một chuỗi, nhưng đây là {item.Describe("vi")}",
                    $"each element of \"{key}\" must be a string, found {item.Describe("en")}");
                continue;
            }

            result.Add(item.Value.Trim());
        }

        return result;
    }

    private DateValue? Date(Fields? f, string key)
    {
        if (f?[key] is not { } n)
        {
            return null;
        }

        if (n.IsNull)
        {
            return new DateValue(null, n.Span);
        }

        if (n.Kind != YKind.Scalar)
        {
            Error(DiagnosticCatalog.E008, n.Span, $"\"{key}\" phải là một ngày dạng \"YYYY-MM-DD\", nhưng đây là {n.Describe("vi")}", $"\"{key}\" must be a date, found {n.Describe("en")}");
            return null;
        }

        if (PartialDate.TryParse(n.Value, out var date, out var why))
        {
            return new DateValue(date, n.Span);
        }

        Error(DiagnosticCatalog.E008, n.Span, why.Vi, why.En);
        return null;
    }

    private Period? PeriodOf(Fields? f, string key)
    {
        var s = Str(f, key);
        if (s is null)
        {
            return null;
        }

        if (Period.TryParse(s, out var p))
        {
            return p;
        }

        Error(DiagnosticCatalog.E008, f!.Spans.Of(key), $"thời kỳ \"{s}\" không hợp lệ: viết \"YYYY\" hoặc \"YYYY-YYYY\" với năm đầu không sau năm cuối",
            $"period \"{s}\" is invalid: write \"YYYY\" or \"YYYY-YYYY\" (first ≤ last)");
        return null;
    }

    private static T? ParseEnum<T>(string? value)
        where T : struct, System.Enum
    {
        if (value is null)
        {
            return null;
        }

        var pascal = string.Concat(value.Split('_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
        return System.Enum.TryParse<T>(pascal, ignoreCase: true, out var v) ? v : null;
    }
}
