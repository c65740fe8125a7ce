namespace Cchc.Diff.Compare;

/// <summary>Section changes after <see cref="SectionMatcher"/>: the heading's own fields (title, label, role, area).</summary>
internal static class SectionComparer
{
    public static List<SectionChange> Compare(DiffContext cx, BodyTree olds, BodyTree news)
    {
        var result = new List<SectionChange>();
        foreach (var n in news.All)
        {
            if (n.Partner is not { } o)
            {
                result.Add(new SectionChange(ChangeKind.Added, null, n.Node, "", n.Path, false, false, []));
                continue;
            }

            var fields = new List<FieldChange> { cx.Field("title", o.Node!.Title, n.Node!.Title) };
            if (o.Node.Label is not null || n.Node.Label is not null)
            {
                fields.Add(cx.Field("label", o.Node.Label, n.Node.Label));
            }

            if (o.Node.Role != n.Node.Role)
            {
                fields.Add(cx.Field("role", o.Node.Role?.ToString().ToLowerInvariant(), n.Node.Role?.ToString().ToLowerInvariant()));
            }

            if (o.Node.Area != n.Node.Area)
            {
                fields.Add(cx.Field("area", o.Node.Area, n.Node.Area));
            }

            result.Add(new SectionChange(TaskComparer.Combine(fields), o.Node, n.Node, o.Path, n.Path, n.Moved || n.Reordered, n.Reordered && !n.Moved, fields));
        }

        result.AddRange(olds.All.Where(o => o.Partner is null).Select(o => new SectionChange(ChangeKind.Removed, o.Node, null, o.Path, "", false, false, [])));
        return result;
    }
}
