using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Model.Documents;
using Cchc.Tests.Support;
using Xunit;
using static Cchc.Tests.Composition.DocumentText;

namespace Cchc.Tests.Composition;

/// <summary>A province changes the wording by editing a copy of templates/, without recompiling cchc.</summary>
public sealed class TemplateFolderTests : IDisposable
{
    private readonly TemplateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_repository_templates_load_cleanly_and_are_the_built_in_ones()
    {
        var repo = TemplateSet.Load(RepoPaths.Templates);
        Assert.Empty(repo.Diagnostics);
        Assert.Empty(TemplateSet.Builtin.Diagnostics);
        var fromRepo = Composer.Compose(SpecExample.Package(), repo);
        var builtin = Composer.Compose(SpecExample.Package(), TemplateSet.Builtin);
        Assert.Equal(AllText(builtin.Single), AllText(fromRepo.Single));
    }

    [Fact]
    public void Edited_templates_change_the_wording()
    {
        _folder
            .Write("decision/articles.sbn", """
                **Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch {{ plan.title_inline }}.
                **Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.
                **Điều 3.** {{ executors }} chịu trách nhiệm thi hành Quyết định này
                """)
            .Write("common/recipients.sbn", """
                {{ for r in recipients }}- {{ r.to }};
                {{ end }}- Lưu: {{ archive | array.join ", " }}, {{ issuer.abbr }}.
                """)
            .Write("appendix/label.sbn", "PHỤ LỤC SỐ {{ appendix.index }}");
        var result = Composer.Compose(SpecExample.Package(), _folder.Load());

        Assert.Empty(result.Diagnostics);
        var decision = result.Decision!.Sections[0];
        Assert.Equal(
        [
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch Cải cách hành chính nhà nước phường Hải Dương năm 2026.",
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
            "Điều 3. Chánh Văn phòng HĐND&UBND phường, Trưởng các phòng, cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.",
        ], Texts(decision, ParaStyle.Article));
        Assert.Equal(["- Như Điều 3;", "- Sở Nội vụ;", "- Ban Chỉ đạo CCHC phường;", "- Lưu: VT, VHXH, UBND."],
            Single<SignatureBlock>(decision).Recipients);
        Assert.Equal(["PHỤ LỤC SỐ 1"], Texts(result.Plan.Sections[1], ParaStyle.AppendixLabel));
    }

    [Fact]
    public void Header_templates_must_give_one_line_per_column()
    {
        var result = Composer.Compose(SpecExample.Package(), _folder.Write("appendix/task-headers.sbn", "TT\nNội dung").Load());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("T005", _folder.PathOf("appendix/task-headers.sbn"), 1), (d.Code, d.Span.File, d.Span.Line));
        var header = Table(result.Plan.Sections[1]).Rows[0];
        Assert.Equal(6, header.Cells.Count);
        Assert.Equal("Sản phẩm", Cell(header, 5));
    }

    [Fact]
    public void Decomposed_wording_is_composed_to_nfc()
    {
        const string decomposed = "KE\u0302\u0301 HOA\u0323CH";
        Assert.NotEqual("KẾ HOẠCH", decomposed);
        var result = Composer.Compose(SpecExample.Package(), _folder.Write("plan/doc-type.sbn", decomposed).Load());
        Assert.Equal(["KẾ HOẠCH"], Texts(result.Plan.Sections[0], ParaStyle.DocType));
    }
}
