namespace Cchc.Packaging;

/// <summary>Part names of an Open Packaging Conventions zip: relationship parts and relative targets.</summary>
public static class PartNames
{
    /// <summary>The folder of <paramref name="part"/> with its trailing "/", "" at the package root.</summary>
    public static string Folder(string part) => part.Contains('/', StringComparison.Ordinal) ? part[..(part.LastIndexOf('/') + 1)] : "";

    /// <summary>Where the relationships of <paramref name="part"/> ("" for the package) are stored.</summary>
    public static string RelationshipsOf(string part) => Folder(part) + "_rels/" + part[(part.LastIndexOf('/') + 1)..] + ".rels";

    /// <summary>A target inside the package, relative to <paramref name="dir"/>; null when it leaves the package.</summary>
    public static string? Resolve(string dir, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : dir + target;
        var parts = new List<string>();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(segment);
        }

        return string.Join('/', parts);
    }
}
