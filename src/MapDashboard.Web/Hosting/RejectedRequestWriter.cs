using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace MapDashboard.Web.Hosting;

/// <summary>
/// Writes a connection's bytes through unchanged, except Kestrel's own answer to a request it refused before the
/// middleware pipeline (a 400, 414 or 431 with "Content-Length: 0" and "Connection: close", the last response on its
/// connection): that one gets an application/problem+json body naming the cause. Kestrel offers no hook for that body.
/// </summary>
internal sealed class RejectedRequestWriter(PipeWriter inner, RequestLineSniffer requests) : PipeWriter
{
    // Kestrel writes a response's header block into one span when the span has room for it.
    private const int MinimumSpan = 4096;
    private Memory<byte> _leased;

    public override Memory<byte> GetMemory(int sizeHint = 0) => _leased = inner.GetMemory(Math.Max(sizeHint, MinimumSpan));

    public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public override void Advance(int bytes)
    {
        if (bytes > 0 && bytes <= _leased.Length && Rewrite(_leased.Span[..bytes]) is { } answer)
        {
            _leased = default;
            inner.Write(answer);
            return;
        }
        _leased = default;
        inner.Advance(bytes);
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes;

    /// <summary>The header block with a problem body after it, when <paramref name="written"/> is a bare rejection.</summary>
    private byte[]? Rewrite(ReadOnlySpan<byte> written)
    {
        if (written.Length > 1024 || !written.StartsWith("HTTP/1.1 4"u8) || !written.EndsWith("\r\n\r\n"u8)
            || written.IndexOf("\r\nContent-Length: 0\r\n"u8) < 0 || written.IndexOf("\r\nConnection: close\r\n"u8) < 0
            || written.IndexOf("\r\nContent-Type:"u8) >= 0)
        {
            return null;
        }
        var status = Encoding.ASCII.GetString(written.Slice(9, 3));
        var (title, detail) = status switch
        {
            "400" when requests.LastPathHeldNul => ("The path is malformed",
                "The request's path holds a NUL character (%00), which no address of this server contains; the server refused it before reading further."),
            "400" => ("The request is malformed", "The server could not parse the request line or its headers (malformed HTTP) and refused it."),
            "414" => ("The URL is too long", "The request line is longer than the server's limit (Kestrel's MaxRequestLineSize; see Limits:MaxUrlLength)."),
            "431" => ("The request headers are too large", "The request's headers are larger than the server's limit (Kestrel's MaxRequestHeadersTotalSize)."),
            _ => (null, null),
        };
        if (title is null)
        {
            return null;
        }
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5",
            ["title"] = title,
            ["status"] = int.Parse(status, System.Globalization.CultureInfo.InvariantCulture),
            ["detail"] = detail!,
        });
        var headers = Encoding.ASCII.GetString(written[..^2])
            .Replace("\r\nContent-Length: 0\r\n", $"\r\nContent-Length: {body.Length}\r\nContent-Type: application/problem+json\r\n", StringComparison.Ordinal);
        return [.. Encoding.ASCII.GetBytes(headers + "\r\n"), .. body];
    }
}
