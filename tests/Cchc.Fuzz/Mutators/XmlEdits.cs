using System.Xml.Linq;

namespace Cchc.Fuzz.Mutators;

/// <summary>Structural edits of an XML part, blind to its meaning: elements deleted, duplicated, moved, emptied; attributes stripped or given edge values.</summary>
public static class XmlEdits
{
    private static readonly string[] AttributeValues =
        ["", "0", "-1", "-2147483648", "2147483647", "4294967296", "99999999999", "1e308", "NaN", "abc", "nil", "none", "auto", "true", "1.5", "A0", "XFD1048576", "ZZZZ99999999", "Nhiệm vụ"];

    /// <summary>1–6 random structural edits; false when the part has nothing to edit.</summary>
    public static bool Structural(XDocument doc, Random r)
    {
        var elements = doc.Descendants().Skip(1).ToList();
        if (elements.Count == 0)
        {
            return false;
        }

        for (var i = 1 + r.Next(6); i > 0 && elements.Count > 0; i--)
        {
            var e = elements[r.Next(elements.Count)];
            switch (r.Next(6))
            {
                case 0:
                    e.Remove();
                    break;
                case 1:
                    e.AddAfterSelf(new XElement(e));
                    break;
                case 2:
                    e.RemoveAttributes();
                    break;
                case 3 when e.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace != XNamespace.Xml).ToList() is { Count: > 0 } attributes:
                    attributes[r.Next(attributes.Count)].Value = AttributeValues[r.Next(AttributeValues.Length)];
                    break;
                case 4:
                    e.RemoveNodes();
                    break;
                default:
                    var other = elements[r.Next(elements.Count)];
                    if (other != e && !other.AncestorsAndSelf().Contains(e))
                    {
                        e.Remove();
                        other.Add(e);
                    }

                    break;
            }

            elements = [.. doc.Descendants().Skip(1)];
        }

        return true;
    }

    /// <summary>Deletes, duplicates or moves one of the elements named <paramref name="name"/> among its siblings.</summary>
    public static bool Shuffle(XDocument doc, XName name, Random r)
    {
        var all = doc.Descendants(name).ToList();
        if (all.Count == 0)
        {
            return false;
        }

        var e = all[r.Next(all.Count)];
        switch (r.Next(4))
        {
            case 0:
                e.Remove();
                break;
            case 1:
                e.AddAfterSelf(new XElement(e));
                break;
            case 2:
                var copies = Enumerable.Range(0, 2 + r.Next(r.Next(4) == 0 ? 300 : 5)).Select(_ => new XElement(e)).ToArray();
                e.AddAfterSelf(copies);
                break;
            default:
                var target = all[r.Next(all.Count)];
                if (target != e && !target.AncestorsAndSelf().Contains(e))
                {
                    e.Remove();
                    (r.Next(2) == 0 ? (Action<object>)target.AddBeforeSelf : target.AddAfterSelf)(e);
                }

                break;
        }

        return true;
    }
}
