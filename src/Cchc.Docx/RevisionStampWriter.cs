using System.Text;
using M = Cchc.Model.Documents;

namespace Cchc.Docx;

/// <summary>
/// Passes document.xml through to the inner writer while giving every pending tracked mark its id (1, 2, … in
/// document order), author and date, as <see cref="TrackedChanges"/> describes: the body is streamed, never held
/// whole. A pending id split between two writes is recognised across them: the writer only remembers how much of
/// it the last write ended with, which is all it needs because the id's first character occurs nowhere else in it.
/// </summary>
internal sealed class RevisionStampWriter(TextWriter inner, M.RevisionStamp stamp) : TextWriter
{
    private const string PendingId = TrackedChanges.PendingId;

    private readonly string _tail = "\" w:author=\"" + WordXml.Escaped(stamp.Author) + "\" w:date=\""
        + DateTime.SpecifyKind(stamp.Date, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) + "\"";

    /// <summary>How many characters of <see cref="PendingId"/> the text written so far ends with (not yet passed on).</summary>
    private int _matched;
    private int _id;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (_matched > 0)
        {
            var i = 0;
            while (i < buffer.Length && _matched < PendingId.Length && buffer[i] == PendingId[_matched])
            {
                i++;
                _matched++;
            }

            if (_matched == PendingId.Length)
            {
                Stamped();
            }
            else if (i == buffer.Length)
            {
                return;
            }
            else
            {
                inner.Write(PendingId.AsSpan(0, _matched));
                _matched = 0;
            }

            buffer = buffer[i..];
        }

        for (var at = buffer.IndexOf(PendingId, StringComparison.Ordinal); at >= 0; at = buffer.IndexOf(PendingId, StringComparison.Ordinal))
        {
            inner.Write(buffer[..at]);
            Stamped();
            buffer = buffer[(at + PendingId.Length)..];
        }

        // The write may end in the start of a pending id: hold that start back until the next write decides it.
        var start = buffer.Length - Math.Min(buffer.Length, PendingId.Length - 1);
        var last = buffer[start..].LastIndexOf(PendingId[0]);
        if (last >= 0 && PendingId.AsSpan().StartsWith(buffer[(start + last)..]))
        {
            _matched = buffer.Length - start - last;
            buffer = buffer[..(start + last)];
        }

        inner.Write(buffer);
    }

    /// <summary>Flushes what is decided; the start of a pending id at the very end waits for the next write or the end.</summary>
    public override void Flush() => inner.Flush();

    /// <summary>Ends the text: a held start of a pending id was text after all. The inner writer stays open.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Write(PendingId.AsSpan(0, _matched));
            _matched = 0;
            inner.Flush();
        }

        base.Dispose(disposing);
    }

    private void Stamped()
    {
        _matched = 0;
        inner.Write("w:id=\"");
        inner.Write((++_id).ToString(System.Globalization.CultureInfo.InvariantCulture));
        inner.Write(_tail);
    }
}
