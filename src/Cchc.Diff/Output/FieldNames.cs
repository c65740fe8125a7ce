namespace Cchc.Diff.Output;

/// <summary>Vietnamese names of the fields a diff reports, for the human and Markdown reports.</summary>
internal static class FieldNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["content"] = "nội dung",
        ["lead"] = "chủ trì",
        ["co"] = "phối hợp",
        ["deadline"] = "thời hạn",
        ["products"] = "sản phẩm",
        ["text"] = "nội dung",
        ["targets"] = "mục tiêu",
        ["label"] = "nhãn",
        ["responsible"] = "theo dõi, đánh giá",
        ["area"] = "lĩnh vực",
        ["title"] = "tên",
        ["role"] = "vai trò",
        ["name"] = "tên",
        ["short"] = "tên ngắn",
        ["abbr"] = "viết tắt",
        ["kind"] = "loại",
        ["plan.title"] = "tên Kế hoạch",
        ["plan.period"] = "thời kỳ",
        ["plan.number"] = "số Kế hoạch",
        ["plan.date"] = "ngày Kế hoạch",
        ["plan.preamble"] = "đoạn mở đầu Kế hoạch",
        ["plan.signer"] = "người ký Kế hoạch",
        ["plan.recipients"] = "nơi nhận Kế hoạch",
        ["decision.title"] = "trích yếu Quyết định",
        ["decision.number"] = "số Quyết định",
        ["decision.date"] = "ngày Quyết định",
        ["decision.bases"] = "căn cứ",
        ["decision.proposer"] = "người đề nghị",
        ["decision.executors"] = "người thi hành",
        ["decision.articles"] = "các Điều",
        ["decision.recipients"] = "nơi nhận Quyết định",
        ["decision.signer"] = "người ký Quyết định",
        ["appendices.title"] = "tên Phụ lục",
    };

    public static string Vi(string field) => Names.GetValueOrDefault(field, field);
}
