using Cchc.Import.Output;
using Cchc.Model;

namespace Cchc.Import.Recognition.Frame;

/// <summary>
/// The <c>issuer</c> from the letterhead's left lines ("ỦY BAN NHÂN DÂN" / "PHƯỜNG HẢI DƯƠNG"), the proper-case
/// name from the place line ("Hải Dương, ngày …") and the abbreviation from the symbol ("QĐ-UBND").
/// </summary>
internal static class IssuerReader
{
    private static readonly (string Upper, string Unit)[] Units = [("ĐẶC KHU ", "đặc khu"), ("THÀNH PHỐ ", "thành phố"), ("PHƯỜNG ", "phường"), ("XÃ ", "xã"), ("TỈNH ", "tỉnh")];

    /// <param name="planContext">Where a plan without letterhead was read: its "Kèm theo" line then names the issuer.</param>
    public static YMap Read(FrameFacts facts, string? place, string? symbol, ImportContext? planContext = null)
    {
        var issuer = new YMap();
        var letterhead = facts.FirstLetterhead;
        var lines = letterhead?.AgencyLines ?? [];
        var ctx = facts.LetterheadContext;
        if (lines.Count == 0 && facts.Attached is { } attached && FromAttachedLine(attached.AttachedBy) is { } named)
        {
            // An attached plan alone with no letterhead (seed 001): "… của Chủ tịch Ủy ban nhân dân thành phố Hải Phòng".
            lines = [FrameText.Upper(named.Body), FrameText.Upper(named.Named)];
            // The name as the line writes it, so it is not re-cased from the upper-case header line.
            var prefix = Units.Select(u => u.Unit + " ").FirstOrDefault(u => named.Named.StartsWith(u, StringComparison.Ordinal));
            place ??= prefix is null ? null : named.Named[prefix.Length..];
            planContext?.Guessed(DiagnosticCatalog.W116, issuer, attached.Position,
                $"không có phần tiêu đề; cơ quan ban hành lấy từ dòng \"Kèm theo\": \"{attached.AttachedBy}\"",
                $"no letterhead; the issuer comes from the \"Kèm theo\" line: \"{attached.AttachedBy}\"");
        }

        var last = lines.Count > 0 ? lines[^1] : "";
        var unit = Units.FirstOrDefault(u => last.StartsWith(u.Upper, StringComparison.Ordinal));
        var body = lines.Count >= 2 ? FrameText.SentenceCase(lines[^2]) : "Ủy ban nhân dân";
        var bodyNode = new YScalar(body) { Origin = letterhead?.Position };
        issuer.Add("body", bodyNode);
        if (lines.Count < 2)
        {
            ctx?.Guessed(DiagnosticCatalog.W116, bodyNode, letterhead?.Position,
                "không thấy tên cơ quan ban hành ở phần tiêu đề; đoán là \"Ủy ban nhân dân\"", "no issuing body in the letterhead; guessed \"Ủy ban nhân dân\"");
        }

        var unitNode = new YScalar(unit.Unit ?? "phường") { Origin = letterhead?.Position };
        issuer.Add("unit", unitNode);
        var upperName = unit.Upper is null ? last : last[unit.Upper.Length..].Trim();
        if (unit.Unit is null)
        {
            ctx?.Guessed(DiagnosticCatalog.W116, unitNode, letterhead?.Position,
                $"không nhận ra cấp hành chính trong \"{last}\"; đoán là phường", $"no unit (xã, phường…) recognised in \"{last}\"; guessed phường");
        }

        YScalar nameNode;
        if (place is not null && FrameText.Upper(place) == upperName)
        {
            nameNode = new YScalar(place) { Origin = letterhead?.Position };
        }
        else
        {
            nameNode = new YScalar(FrameText.TitleCase(upperName)) { Origin = letterhead?.Position };
            ctx?.Guessed(DiagnosticCatalog.W116, nameNode, letterhead?.Position,
                $"tên riêng viết hoa theo dòng tiêu đề \"{last}\"; kiểm tra chữ hoa, chữ thường", $"the proper name was re-cased from the letterhead line \"{last}\"; check its capitals");
        }

        issuer.Add("name", nameNode);
        if (place is not null && place != nameNode.Value)
        {
            issuer.Add("place", place);
        }

        if (symbol is not null && symbol.IndexOf('-', StringComparison.Ordinal) is var dash and > 0 && symbol[(dash + 1)..] is var abbr && abbr != "UBND")
        {
            issuer.Add("abbr", abbr);
        }

        // Lines the default header would not give (a superior body, another wording) are kept as written.
        var expected = new[] { FrameText.Upper(body), FrameText.Upper(unitNode.Value + " " + nameNode.Value) };
        if (lines.Count > 0 && !lines.SequenceEqual(expected))
        {
            var header = new YSeq();
            foreach (var line in lines)
            {
                header.Add(line);
            }

            issuer.Add("header", header);
        }

        facts.Body = body;
        facts.FullName = $"{body} {unitNode.Value} {nameNode.Value}";
        return issuer;
    }

    /// <summary>"Chủ tịch Ủy ban nhân dân thành phố Hải Phòng" → ("Ủy ban nhân dân", "thành phố Hải Phòng").</summary>
    private static (string Body, string Named)? FromAttachedLine(string by)
    {
        foreach (var body in new[] { "Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND" })
        {
            var at = by.IndexOf(body + " ", StringComparison.Ordinal);
            if (at >= 0)
            {
                return ("Ủy ban nhân dân", by[(at + body.Length + 1)..].Trim());
            }
        }

        return null;
    }
}
