using Cchc.Composition.Templates;
using Cchc.Composition.Text;
using Cchc.Model;
using Cchc.Model.Documents;
using static Cchc.Composition.Templates.ScriptValues;

namespace Cchc.Composition.Building;

/// <summary>Nơi nhận and the signature at the end of a Quyết định or a standalone Kế hoạch.</summary>
internal static class SignatureBuilder
{
    public static SignatureBlock Build(CompositionScope scope, IReadOnlyList<Recipient> recipients,
        IReadOnlyList<ArchiveEntry> archive, Signer? signer) =>
        Build(scope.Templates, recipients.Select(r => (r.To, r.Note)), archive.Select(a => AgencyText.Archive(a, scope.Registry)), signer);

    /// <param name="archive">The Lưu entries, codes already turned into their abbr.</param>
    public static SignatureBlock Build(TemplateRunner templates, IEnumerable<(string To, string? Note)> recipients,
        IEnumerable<string> archive, Signer? signer)
    {
        var lines = templates.Lines(TemplateNames.Recipients, Object(
            ("recipients", Array(recipients.Select(r => Object(("to", Str(r.To)), ("note", Str(r.Note)))))),
            ("archive", Array(archive.Select(Str)))));
        var authority = signer is null ? []
            : templates.Lines(TemplateNames.Signer, Object(("signer", ModelExport.Signer(signer))));
        return new SignatureBlock(
            lines.Select(InlineMarkup.Plain).ToArray(),
            authority.Select(InlineMarkup.Plain).ToArray(),
            string.IsNullOrEmpty(signer?.Name) ? null : signer.Name);
    }
}
