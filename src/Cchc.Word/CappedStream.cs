using Cchc.Model;

namespace Cchc.Word;

/// <summary>Counts the bytes a zip entry really decompresses to and stops at the part and total caps.</summary>
internal sealed class CappedStream(Stream inner, string part, long partCap, ByteBudget total) : Stream
{
    private long read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    private int Count(int n)
    {
        read += n;
        if (read > partCap)
        {
            throw TooLarge(part, partCap);
        }

        total.Spend(n, part);
        return n;
    }

    public static WordReadException TooLarge(string part, long cap) => new(DiagnosticCatalog.E305,
        $"Phần \"{part}\" của tệp giải nén ra hơn {cap / (1024 * 1024)} MB: quá lớn cho một văn bản (có thể là \"bom zip\"); cchc không đọc tiếp.",
        $"Part \"{part}\" decompresses to more than {cap / (1024 * 1024)} MB: too large for a document (possibly a zip bomb); cchc stops reading.",
        part);

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>The decompressed bytes all parts of one file may take together.</summary>
internal sealed class ByteBudget(long cap)
{
    private long spent;

    public void Spend(long n, string part)
    {
        spent += n;
        if (spent > cap)
        {
            throw new WordReadException(DiagnosticCatalog.E305,
                $"Các phần của tệp giải nén ra hơn {cap / (1024 * 1024)} MB tổng cộng (đến phần \"{part}\"): quá lớn cho một văn bản (có thể là \"bom zip\").",
                $"The file's parts decompress to more than {cap / (1024 * 1024)} MB in all (at part \"{part}\"): too large for a document (possibly a zip bomb).",
                part);
        }
    }
}
