using Cchc.Model;

namespace Cchc.Yaml;

internal static class Suggest
{
    public static (string Vi, string En) Hint(string given, IEnumerable<string> allowed)
    {
        var list = allowed.ToList();
        var closest = Spelling.Closest(given, list);
        return closest is not null
            ? ($"; có phải ý bạn là \"{closest}\"?", $"; did you mean \"{closest}\"?")
            : ($"; các giá trị hợp lệ: {string.Join(", ", list)}", $"; allowed: {string.Join(", ", list)}");
    }
}
