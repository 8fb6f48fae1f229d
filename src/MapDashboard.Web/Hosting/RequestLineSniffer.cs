using System.Buffers;
using System.IO.Pipelines;

namespace MapDashboard.Web.Hosting;

/// <summary>
/// Reads a connection's bytes through to Kestrel unchanged, noting the last HTTP/1.x request line it saw, so that a
/// request Kestrel refuses before the middleware pipeline can be answered with its cause (RejectedRequestWriter).
/// </summary>
internal sealed class RequestLineSniffer(PipeReader inner) : PipeReader
{
    private const int MaxLine = 16 * 1024;

    /// <summary>Whether the last request line's path held a NUL character, raw or as %00.</summary>
    public bool LastPathHeldNul { get; private set; }

    public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
    {
        var result = await inner.ReadAsync(cancellationToken);
        Sniff(result.Buffer);
        return result;
    }

    public override bool TryRead(out ReadResult result)
    {
        if (!inner.TryRead(out result))
        {
            return false;
        }
        Sniff(result.Buffer);
        return true;
    }

    public override void AdvanceTo(SequencePosition consumed) => inner.AdvanceTo(consumed);

    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined) => inner.AdvanceTo(consumed, examined);

    public override void CancelPendingRead() => inner.CancelPendingRead();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

    private void Sniff(ReadOnlySequence<byte> buffer)
    {
        var head = buffer.Length > MaxLine ? buffer.Slice(0, MaxLine) : buffer;
        var line = head.PositionOf((byte)'\n') is { } end ? head.Slice(0, end) : head;
        if (line.IsEmpty)
        {
            return;
        }
        var bytes = line.IsSingleSegment ? line.FirstSpan : line.ToArray();
        // Only a request line ("GET /x HTTP/1.1") counts: a body's first line must not be taken for one.
        var space = bytes.IndexOf((byte)' ');
        if (space < 1 || !IsMethod(bytes[..space]) || bytes.IndexOf("HTTP/1."u8) < 0)
        {
            return;
        }
        // The path only: Kestrel decodes (and refuses a NUL in) the path, not the query.
        var target = bytes[(space + 1)..];
        var path = target.IndexOfAny((byte)'?', (byte)' ') is var stop and >= 0 ? target[..stop] : target;
        LastPathHeldNul = path.IndexOf((byte)0) >= 0 || path.IndexOf("%00"u8) >= 0;
    }

    private static bool IsMethod(ReadOnlySpan<byte> token)
    {
        foreach (var b in token)
        {
            if (b is < (byte)'A' or > (byte)'Z')
            {
                return false;
            }
        }
        return true;
    }
}
