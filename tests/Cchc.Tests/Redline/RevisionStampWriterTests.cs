using System.Text;
using Cchc.Docx;
using Cchc.Model.Documents;
using Xunit;

namespace Cchc.Tests.Redline;

/// <summary>
/// The streaming stamper gives every pending mark its id, author and date however the text is cut into writes:
/// texts made of pending ids, their starts and look-alikes, cut at every position and at random.
/// </summary>
public sealed class RevisionStampWriterTests
{
    private static readonly RevisionStamp Stamp = new("Tổ \"CCHC\" & <b>", new DateTime(2026, 1, 12, 0, 0, 0, DateTimeKind.Utc));
    private const string Tail = "\" w:author=\"Tổ &quot;CCHC&quot; &amp; &lt;b&gt;\" w:date=\"2026-01-12T00:00:00Z\"";

    /// <summary>The rule itself, one whole string at a time: each pending id, in order, becomes id N with the stamp.</summary>
    private static string Expected(string text)
    {
        var result = new StringBuilder();
        var id = 0;
        var parts = text.Split(TrackedChanges.PendingId);
        for (var i = 0; i < parts.Length; i++)
        {
            result.Append(parts[i]);
            if (i < parts.Length - 1)
            {
                result.Append("w:id=\"").Append(++id).Append(Tail);
            }
        }

        return result.ToString();
    }

    private static string Streamed(string text, IEnumerable<int> cuts, int mode)
    {
        var output = new StringWriter();
        using (var writer = new RevisionStampWriter(output, Stamp))
        {
            var from = 0;
            foreach (var cut in cuts.Append(text.Length))
            {
                var piece = text[from..cut];
                switch (mode % 4)
                {
                    case 0: writer.Write(piece); break;
                    case 1: writer.Write(piece.AsSpan()); break;
                    case 2: writer.Write(piece.ToCharArray(), 0, piece.Length); break;
                    default: foreach (var c in piece) { writer.Write(c); } break;
                }

                from = cut;
                mode++;
            }
        }

        return output.ToString();
    }

    private static string RandomText(Random random)
    {
        var id = TrackedChanges.PendingId;
        string[] pieces = [id, id[..1], id[..(id.Length - 1)], id[..random.Next(1, id.Length)], "<w:ins ", ">", "w", "ww:id=", "x", "ệ", " />", ""];
        var text = new StringBuilder();
        for (var n = random.Next(0, 30); n > 0; n--)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        return text.ToString();
    }

    [Fact]
    public void The_pending_ids_first_character_occurs_nowhere_else_in_it()
    {
        // What lets the writer remember a split id by its length alone.
        var id = TrackedChanges.PendingId;
        Assert.Equal(-1, id.IndexOf(id[0], 1));
    }

    [Fact]
    public void Every_single_cut_gives_the_whole_strings_result()
    {
        var random = new Random(12);
        for (var sample = 0; sample < 200; sample++)
        {
            var text = RandomText(random);
            var expected = Expected(text);
            for (var cut = 0; cut <= text.Length; cut++)
            {
                Assert.Equal(expected, Streamed(text, [cut], sample));
            }
        }
    }

    [Fact]
    public void Random_cuts_give_the_whole_strings_result()
    {
        var random = new Random(30);
        for (var sample = 0; sample < 2000; sample++)
        {
            var text = RandomText(random);
            var cuts = Enumerable.Range(0, random.Next(0, 12)).Select(_ => random.Next(0, text.Length + 1)).Order().ToList();
            Assert.Equal(Expected(text), Streamed(text, cuts, sample));
        }
    }
}
