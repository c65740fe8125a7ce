using Cchc.Composition.Reports;
using Cchc.Model;

namespace Cchc.Tests.Reports;

/// <summary>Report facts made by hand (a ward at the end of the first quarter) and generated ones of any size.</summary>
internal static class ReportSamples
{
    public static Issuer Ward { get; } = new("Ủy ban nhân dân", "phường", "Hải Dương", "thành phố Hải Phòng", null, null, "UBND", null,
        SpanMap.Empty(SourceSpan.None("sample")));

    public static Signer Chair { get; } = new("ỦY BAN NHÂN DÂN", null, "CHỦ TỊCH", "Phạm Thị Thanh Vân", SpanMap.Empty(SourceSpan.None("sample")));

    /// <summary>Quý I/2026 of phường Hải Dương: 7 tasks in 3 areas, some done on time, one late, one overdue.</summary>
    public static ReportFacts QuarterOne(string? number = "05") => new(
        Ward,
        DocumentStyle.Default with { AttachedDate = DateStyle.Long },
        "quý I năm 2026",
        number,
        null,
        new PartialDate(2026, 3, 14),
        new ReportedPlan(true, "15", "QĐ-UBND", new PartialDate(2026, 1, 12), "Cải cách hành chính nhà nước phường Hải Dương năm 2026"),
        new TaskCounts(7, 2, 1, 1, 1, 1, 1, 0, 75m),
        [
            new AreaResult("Cải cách thể chế", new TaskCounts(3, 1, 1, 0, 1, 0, 0, 0, 66.7m),
            [
                new DoneTask("Rà soát văn bản quy phạm pháp luật do phường ban hành", "Đã rà soát 12 văn bản, đề nghị bãi bỏ 2 văn bản", ["Báo cáo số 21/BC-UBND"]),
                new DoneTask("Kiểm tra việc thi hành pháp luật", null, []),
            ]),
            new AreaResult("Cải cách thủ tục hành chính", new TaskCounts(2, 1, 0, 1, 0, 0, 0, 0, 100m),
            [
                new DoneTask("Công khai thủ tục hành chính tại Trung tâm phục vụ hành chính công", "Công khai đầy đủ 100% thủ tục", ["Quyết định số 30/QĐ-UBND", "Danh mục niêm yết"]),
            ]),
            new AreaResult("Xây dựng chính quyền điện tử, chính quyền số", new TaskCounts(2, 0, 0, 0, 0, 1, 1, 0, null), []),
        ],
        [new DueTask("Tổ chức đối thoại với doanh nghiệp về thủ tục hành chính", "Văn phòng HĐND&UBND", "Quý II/2026")],
        new ReportProse(
            ["Ủy ban nhân dân phường đã tổ chức 01 cuộc kiểm tra công tác cải cách hành chính tại các bộ phận chuyên môn."],
            ["Các nhiệm vụ trọng tâm được triển khai kịp thời."],
            ["Một số nhiệm vụ còn chậm so với thời hạn."],
            ["Nhân lực làm công tác cải cách hành chính còn kiêm nhiệm."],
            ["Tập trung hoàn thành các nhiệm vụ quá hạn trong quý II."],
            ["Đề nghị Sở Nội vụ tổ chức tập huấn về chấm điểm Chỉ số cải cách hành chính."]),
        ["Sở Nội vụ thành phố Hải Phòng", "TT Đảng ủy, TT HĐND phường", "Chủ tịch, các PCT UBND phường"],
        ["VT", "VP"],
        Chair,
        [
            new ReportGroup("Cải cách thể chế",
            [
                new ReportRow("Rà soát văn bản quy phạm pháp luật do phường ban hành", "Văn phòng HĐND&UBND", "Quý I/2026", "Đã hoàn thành đúng hạn",
                    new PartialDate(2026, 3, 2), "Đã rà soát 12 văn bản, đề nghị bãi bỏ 2 văn bản", ["Báo cáo số 21/BC-UBND"]),
                new ReportRow("Kiểm tra việc thi hành pháp luật", "Văn phòng HĐND&UBND", "Tháng 1/2026", "Đã hoàn thành quá hạn", new PartialDate(2026, 2, 10), null, []),
                new ReportRow("Xây dựng kế hoạch theo dõi thi hành pháp luật", "Phòng Văn hoá – Xã hội", "Tháng 2/2026", "Quá hạn", null, null, []),
            ]),
            new ReportGroup("Cải cách thủ tục hành chính",
            [
                new ReportRow("Công khai thủ tục hành chính tại Trung tâm phục vụ hành chính công", "Văn phòng HĐND&UBND", "Quý I/2026", "Đã hoàn thành đúng hạn",
                    new PartialDate(2026, 3, 10), "Công khai đầy đủ 100% thủ tục", ["Quyết định số 30/QĐ-UBND", "Danh mục niêm yết"]),
                new ReportRow("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND&UBND", "Thường xuyên", "Đang thực hiện", null, null, []),
            ]),
            new ReportGroup("Xây dựng chính quyền điện tử, chính quyền số",
            [
                new ReportRow("Nâng cấp hệ thống mạng nội bộ", "Phòng Văn hoá – Xã hội", "Quý I/2026", "Chưa triển khai", null, null, []),
                new ReportRow("Triển khai chữ ký số cho cán bộ", "Phòng Văn hoá – Xã hội", "Quý III/2026", "Chưa đến hạn", null, null, []),
            ]),
        ]);

    /// <summary><paramref name="areas"/> areas of <paramref name="perArea"/> tasks each, every status in turn, with long texts.</summary>
    public static ReportFacts Generated(int areas, int perArea)
    {
        string[] statuses = ["Đã hoàn thành đúng hạn", "Đã hoàn thành quá hạn", "Đang thực hiện", "Quá hạn", "Chưa triển khai", "Chưa đến hạn"];
        var groups = Enumerable.Range(1, areas).Select(a => new ReportGroup($"Lĩnh vực {a}",
            [.. Enumerable.Range(1, perArea).Select(t => new ReportRow(
                $"Nhiệm vụ {a}.{t}: " + string.Concat(Enumerable.Repeat("triển khai thực hiện nội dung cải cách hành chính ", 1 + (t % 4))),
                $"Phòng {a}", $"Quý {1 + (t % 4)}/2026", statuses[t % statuses.Length],
                t % statuses.Length < 2 ? new PartialDate(2026, 1 + (t % 3), 1 + (t % 28)) : null,
                t % 2 == 0 ? $"Kết quả {a}.{t}" : null,
                t % 3 == 0 ? [$"Văn bản số {t}/UBND", $"Báo cáo số {t}/BC"] : []))])).ToList();
        var done = groups.Select(g => g.Rows.Where(r => r.Completed is not null).ToList()).ToList();
        return QuarterOne() with
        {
            Overall = new TaskCounts(areas * perArea, done.Sum(d => d.Count), 0, 0, 0, 0, 0, 0, 50m),
            Areas = [.. groups.Select((g, i) => new AreaResult(g.Title, new TaskCounts(g.Rows.Count, done[i].Count, 0, 0, 0, 0, 0, 0, null),
                [.. done[i].Select(r => new DoneTask(r.Task, r.Result, r.Products))]))],
            Appendix = groups,
        };
    }
}
