namespace Cchc.Packaging;

/// <summary>Counts the bytes a zip entry really decompresses to and stops at the part and total caps.</summary>
public sealed class CappedStream(Stream inner, string part, long partCap, ByteBudget total) : Stream
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
            throw new PackageException(PackageFault.PartTooLarge, part, partCap);
        }

        total.Spend(n, part);
        return n;
    }

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
public sealed class ByteBudget(long cap)
{
    private long spent;

    public void Spend(long n, string part)
    {
        spent += n;
        if (spent > cap)
        {
            throw new PackageException(PackageFault.TotalTooLarge, part, cap);
        }
    }
}
