using Cchc.Composition.Templates;
using Cchc.Tests.Support;

namespace Cchc.Tests.Composition;

/// <summary>A throw-away copy of the repository's templates/ folder, as a province would make one.</summary>
internal sealed class TemplateFolder : IDisposable
{
    public TemplateFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "cchc-tpl-" + Guid.NewGuid().ToString("N"));
        Directory = Path.Combine(Root, "templates");
        foreach (var file in System.IO.Directory.EnumerateFiles(RepoPaths.Templates, "*.sbn", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(RepoPaths.Templates, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The folder above the templates (somewhere a template must never reach).</summary>
    public string Root { get; }

    public string Directory { get; }

    public string PathOf(string name) => Path.Combine(Directory, name);

    public TemplateFolder Write(string name, string text)
    {
        File.WriteAllText(PathOf(name), text);
        return this;
    }

    public TemplateSet Load() => TemplateSet.Load(Directory);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Root))
        {
            System.IO.Directory.Delete(Root, true);
        }
    }
}
