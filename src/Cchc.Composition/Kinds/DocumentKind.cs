namespace Cchc.Composition.Kinds;

/// <summary>
/// One kind of document cchc writes: its name (the file's subject), the templates folder its wording comes
/// from, every template it renders, and the rule that names its output file after the source file.
/// </summary>
public abstract class DocumentKind
{
    private protected DocumentKind(string name, string slug, string folder, IReadOnlyList<string> templates)
    {
        Name = name;
        Slug = slug;
        Folder = folder;
        Templates = templates;
    }

    /// <summary>"Quyết định", "Kế hoạch", "Báo cáo": what the document is, as its metadata says.</summary>
    public string Name { get; }

    /// <summary>The part of the file name that says the kind: <c>quyet-dinh</c>, <c>ke-hoach</c>, <c>bao-cao</c>.</summary>
    public string Slug { get; }

    /// <summary>The templates folder that holds this kind's own wording.</summary>
    public string Folder { get; }

    /// <summary>Every template the kind renders (the shared <c>common/</c> ones included), by name under the template folder.</summary>
    public IReadOnlyList<string> Templates { get; }

    /// <summary>The output file of this kind for a source file named <paramref name="stem"/>: <c>{stem}-{slug}.docx</c>.</summary>
    public string FileName(string stem) => $"{stem}-{Slug}.docx";

    /// <summary>The output file of one instance of a kind written more than once per source (a report per period):
    /// <c>{stem}-{slug}-{qualifier}.docx</c>.</summary>
    public string FileName(string stem, string qualifier) => $"{stem}-{Slug}-{qualifier}.docx";

    public override string ToString() => Slug;
}
