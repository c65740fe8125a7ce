using Cchc.Import.Output;
using Cchc.Model;

namespace Cchc.Import.Recognition.Appendix;

/// <summary>The <c>areas:</c> settings the task groups need: a group title that is not the area's default.</summary>
internal sealed class AreaSettings
{
    private readonly Dictionary<string, string> _groupTitles = [];

    /// <summary>Records the group's title; true when the area's <c>group_title</c> now says it, false when the group must say it itself.</summary>
    public bool Take(string area, string title)
    {
        if (Areas.IsKnown(area) && Areas.DefaultTitle(area) == title && !_groupTitles.ContainsKey(area))
        {
            return true;
        }

        return _groupTitles.TryAdd(area, title) || _groupTitles[area] == title;
    }

    public YMap ToYaml()
    {
        var map = new YMap();
        foreach (var (key, _) in Areas.Canonical)
        {
            if (_groupTitles.TryGetValue(key, out var title))
            {
                map.Add(key, new YMap { Flow = true }.Add("group_title", title));
            }
        }

        return map;
    }
}
