using Cchc.Word;
using Xunit;
using M = Cchc.Model.Documents;

namespace Cchc.Tests.Word;

/// <summary>Every document cchc builds from plans/ reads back to the composed text, paragraph for paragraph: the ground import stands on.</summary>
public sealed class RoundTripTests
{
    [Theory]
    [MemberData(nameof(BuiltDocuments.Plans), MemberType = typeof(BuiltDocuments))]
    public void Built_documents_read_back_to_the_composed_paragraphs(string plan)
    {
        foreach (var composed in BuiltDocuments.Compose(plan))
        {
            var read = BuiltDocuments.Read(BuiltDocuments.Write(composed));
            var expected = BuiltDocuments.ComposedTexts(composed).Where(t => t.Length > 0).ToList();
            var actual = read.Paragraphs.Select(p => p.DisplayText).Where(t => t.Length > 0).ToList();
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [MemberData(nameof(BuiltDocuments.Plans), MemberType = typeof(BuiltDocuments))]
    public void Built_documents_read_back_with_their_sections_tables_and_page_numbers(string plan)
    {
        foreach (var composed in BuiltDocuments.Compose(plan))
        {
            var read = BuiltDocuments.Read(BuiltDocuments.Write(composed));
            Assert.Equal(composed.Sections.Select(s => s.Orientation == M.Orientation.Landscape ? PageOrientation.Landscape : PageOrientation.Portrait),
                read.Sections.Select(s => s.Orientation));
            Assert.All(read.Sections, s =>
            {
                Assert.Equal(11906, Math.Min(s.PageWidth, s.PageHeight));
                Assert.Equal(16838, Math.Max(s.PageWidth, s.PageHeight));
                Assert.True(s.TitlePage);
                Assert.Equal(1, s.PageNumberStart);
            });
            var header = read.Part(read.Sections[0].Headers.Single(h => h.Type == "default").PartName)!;
            Assert.Equal("PAGE", header.Paragraphs.Single().Fields.Single().Instruction);

            var dataTables = composed.Sections.SelectMany(s => s.Blocks).OfType<M.Table>().ToList();
            var readTables = read.Tables.Where(t => t.HeaderRows > 0).ToList();
            Assert.Equal(dataTables.Count, readTables.Count);
            foreach (var (expected, actual) in dataTables.Zip(readTables))
            {
                Assert.Equal(expected.Rows.Count, actual.Rows.Count);
                Assert.Equal(expected.Rows.Count(r => r.Kind == M.TableRowKind.Header), actual.HeaderRows);
                Assert.All(expected.Rows.Zip(actual.Rows).Where(p => p.First.Kind == M.TableRowKind.Group),
                    p => Assert.Equal(actual.GridColumns.Count, p.Second.Cells.Single().GridSpan));
            }
        }
    }

    [Fact]
    public void Positions_count_every_paragraph_of_the_body_in_reading_order()
    {
        var composed = BuiltDocuments.Compose("phuong-hai-duong-2026.yaml").Last();
        var read = BuiltDocuments.Read(BuiltDocuments.Write(composed));
        var all = read.Paragraphs.ToList();
        Assert.Equal(Enumerable.Range(1, all.Count), all.Select(p => p.Position.Paragraph));
        var cell = all.First(p => p.Position.Table is not null && p.Text == "TT");
        Assert.Equal(1, cell.Position.Row);
        Assert.Equal(1, cell.Position.Column);
        Assert.StartsWith("bảng ", cell.Position.Describe("vi"), StringComparison.Ordinal);
    }
}
