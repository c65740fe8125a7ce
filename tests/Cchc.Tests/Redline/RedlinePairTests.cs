using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace Cchc.Tests.Redline;

/// <summary>Every kind of change, one pair each: the redline validates, accepts to the new plan and rejects to the old one.</summary>
public sealed class RedlinePairTests
{
    [Theory]
    [MemberData(nameof(RedlinePairs.Names), MemberType = typeof(RedlinePairs))]
    public void Accepting_every_change_gives_the_new_plan(string name)
    {
        var (redline, _, @new) = Build(name);
        Assert.Equal(TrackedText.Paragraphs(@new, Resolution.Plain), TrackedText.Paragraphs(redline, Resolution.AcceptAll));
    }

    [Theory]
    [MemberData(nameof(RedlinePairs.Names), MemberType = typeof(RedlinePairs))]
    public void Rejecting_every_change_gives_the_old_plan(string name)
    {
        var (redline, old, _) = Build(name);
        Assert.Equal(TrackedText.Texts(old, Resolution.Plain), TrackedText.Texts(redline, Resolution.RejectAll));
    }

    [Theory]
    [MemberData(nameof(RedlinePairs.Names), MemberType = typeof(RedlinePairs))]
    public void The_validator_reports_no_errors(string name)
    {
        var (redline, _, _) = Build(name);
        using var docx = WordprocessingDocument.Open(new MemoryStream(redline), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
    }

    internal static (byte[] Redline, byte[] Old, byte[] New) Build(string name)
    {
        var (oldYaml, newYaml) = RedlinePairs.Named(name);
        var old = Redlines.Yaml(oldYaml, "old.yaml");
        var @new = Redlines.Yaml(newYaml, "new.yaml");
        return (Redlines.Write(old, @new), Redlines.Plain(old), Redlines.Plain(@new));
    }
}
