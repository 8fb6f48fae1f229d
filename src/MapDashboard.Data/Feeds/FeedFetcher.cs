using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace MapDashboard.Data.Feeds;

/// <summary>
/// Fetches feeds and article pages: a timeout per attempt and retries with exponential back-off (Polly), a polite
/// interval between requests to one host, a size limit, redirects bounded, the body decoded with the charset it declares.
/// </summary>
public sealed class FeedFetcher : IDisposable
{
    private readonly FeedOptions _options;
    private readonly HttpClient _client;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly Dictionary<string, DateTime> _lastRequest = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _politeness = new(1, 1);

    /// <summary>Creates a fetcher with its own HTTP client.</summary>
    public FeedFetcher(FeedOptions options)
    {
        _options = options;
        _client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = options.MaxRedirects, AutomaticDecompression = DecompressionMethods.All })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan, // the pipeline's timeout applies per attempt
        };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("MapDashboard", Core.PipelineInfo.Version));
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (options.Retries > 0)
        {
            // Retries = 0 means one attempt (Polly refuses a retry strategy of zero attempts).
            pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.Retries, BackoffType = DelayBackoffType.Exponential, Delay = options.RetryDelay, UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>().Handle<HttpRequestException>().Handle<TimeoutRejectedException>()
                    .HandleResult(r => (int)r.StatusCode >= 500 || r.StatusCode == HttpStatusCode.TooManyRequests),
            });
        }
        _pipeline = pipeline.AddTimeout(options.Timeout).Build();
    }

    /// <summary>A fetched document: its text, or the status that tells it was not modified, or the problem.</summary>
    public sealed record Fetched(string? Text, string? ETag, string? LastModified, bool NotModified, string? Error);

    /// <summary>GETs a URL, conditionally when validators are given; never throws for network or HTTP failures.</summary>
    public async Task<Fetched> GetAsync(Uri url, string? etag = null, string? lastModified = null, CancellationToken cancellationToken = default)
    {
        await WaitForHostAsync(url, cancellationToken);
        try
        {
            using var response = await _pipeline.ExecuteAsync(async token =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (etag is not null)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }
                if (lastModified is not null)
                {
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
                }
                return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            }, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new Fetched(null, etag, lastModified, true, null);
            }
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                return Failed($"HTTP {(int)response.StatusCode}: more than {_options.MaxRedirects} redirects (a redirect loop?)");
            }
            if (!response.IsSuccessStatusCode)
            {
                return Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            if (response.Content.Headers.ContentLength > _options.MaxBytes)
            {
                return Failed($"larger than the {_options.MaxBytes:N0}-byte limit");
            }
            var bytes = await ReadLimitedAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken);
            if (bytes is null)
            {
                return Failed($"larger than the {_options.MaxBytes:N0}-byte limit");
            }
            return new Fetched(Decode(bytes, response.Content.Headers.ContentType?.CharSet), response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R"), false, null);
        }
        catch (HttpRequestException ex)
        {
            return Failed($"could not be fetched: {ex.Message}");
        }
        catch (TimeoutRejectedException)
        {
            return Failed($"timed out after {_options.Timeout.TotalSeconds:0.#} s ({_options.Retries + 1} attempts)");
        }
    }

    private static Fetched Failed(string error) => new(null, null, null, false, error);

    private async Task<byte[]?> ReadLimitedAsync(Stream stream, CancellationToken cancellationToken)
    {
        await using var _ = stream;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxBytes)
            {
                return null;
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Decodes with the declared charset (ISO-8859-1, windows-1252, UTF-16...), UTF-8 when none or unknown.</summary>
    private static string Decode(byte[] bytes, string? charset)
    {
        Encoding encoding = Encoding.UTF8;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"', ' '));
            }
            catch (ArgumentException)
            {
                encoding = Encoding.UTF8;
            }
        }
        return encoding.GetString(bytes);
    }

    private async Task WaitForHostAsync(Uri url, CancellationToken cancellationToken)
    {
        await _politeness.WaitAsync(cancellationToken);
        try
        {
            if (_lastRequest.TryGetValue(url.Authority, out var last) && DateTime.UtcNow - last < _options.HostInterval)
            {
                await Task.Delay(_options.HostInterval - (DateTime.UtcNow - last), cancellationToken);
            }
            _lastRequest[url.Authority] = DateTime.UtcNow;
        }
        finally
        {
            _politeness.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _client.Dispose();
        _politeness.Dispose();
    }
}
