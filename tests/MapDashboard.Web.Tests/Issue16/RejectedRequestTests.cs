using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace MapDashboard.Web.Tests.Issue16;

/// <summary>
/// Issue 16.6: what Kestrel refuses while parsing, before any middleware (a %00 in the path, a request line over its
/// limit), answers with a problem body naming the cause; other responses on the connection are untouched.
/// Raw sockets, so that no client library rewrites the request line.
/// </summary>
public sealed class RejectedRequestTests
{
    private static async Task<string> ExchangeAsync(Uri server, params string[] requestLines)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        var requests = string.Concat(requestLines.Select(line => $"{line}\r\nHost: {server.Authority}\r\n\r\n"));
        await stream.WriteAsync(Encoding.ASCII.GetBytes(requests));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        // The refused request is the last on its connection: Kestrel closes it after the answer.
        return await reader.ReadToEndAsync(timeout.Token);
    }

    private static (string Head, string Body) LastResponse(string exchange)
    {
        var start = exchange.LastIndexOf("HTTP/1.1 ", StringComparison.Ordinal);
        var split = exchange.IndexOf("\r\n\r\n", start, StringComparison.Ordinal);
        return (exchange[start..split], exchange[(split + 4)..]);
    }

    [Fact]
    public async Task Issue16_NulInThePath_And_AnOverlongRequestLine_GetProblemBodies_OverKestrel_AfterAGoodRequestOnTheSameConnection()
    {
        await using var app = new Issue16App();
        using var client = app.OverKestrel();
        var server = client.BaseAddress!;

        var nul = await ExchangeAsync(server, "GET /api/events?limit=1 HTTP/1.1", "GET /api/events/%00 HTTP/1.1");
        var overlong = await ExchangeAsync(server, "GET /api/events?q=" + new string('a', 100_000) + " HTTP/1.1");

        Assert.NotEqual(5000, server.Port); // port 0: never Kestrel's default, which another process may hold
        Assert.StartsWith("HTTP/1.1 200 OK", nul);
        var (head, body) = LastResponse(nul);
        Assert.StartsWith("HTTP/1.1 400", head);
        Assert.Contains("Content-Type: application/problem+json", head);
        Assert.Contains($"Content-Length: {Encoding.UTF8.GetByteCount(body)}", head);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("NUL character (%00)", problem.RootElement.GetProperty("detail").GetString());
        var (longHead, longBody) = LastResponse(overlong);
        Assert.StartsWith("HTTP/1.1 414", longHead);
        Assert.Contains("Content-Type: application/problem+json", longHead);
        Assert.Contains("request line is longer", JsonDocument.Parse(longBody).RootElement.GetProperty("detail").GetString());
    }
}
