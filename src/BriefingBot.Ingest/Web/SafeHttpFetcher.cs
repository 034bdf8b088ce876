using System.Buffers;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;

namespace BriefingBot.Ingest.Web;

/// <summary>
/// GETs feeds and pages safely: only http(s); every hop of a redirect checked again (scheme here, address in
/// <see cref="SafeConnector"/>); a timeout over the whole request including the body; the body counted after
/// decompression against a cap, so a gzip bomb stops at the cap instead of filling memory.
/// </summary>
public sealed class SafeHttpFetcher
{
    /// <summary>The named <see cref="HttpClient"/> whose handler carries the address checks.</summary>
    public const string HttpClientName = "BriefingBot.Sources";

    private const string Accept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

    private readonly IHttpClientFactory _clients;
    private readonly WebSourcesOptions _options;

    public SafeHttpFetcher(IHttpClientFactory clients, IOptions<WebSourcesOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _clients = clients ?? throw new ArgumentNullException(nameof(clients));
        _options = options.Value;
    }

    /// <exception cref="FetchException">Refused, timed out, too large, too many redirects, or an HTTP error status.</exception>
    public async Task<FetchResponse> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // A network timeout is about real seconds on the wire, so it runs on the system clock even under a fake TimeProvider.
        using var timeout = new CancellationTokenSource(_options.RequestTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await FollowAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"timed out after {Seconds(_options.RequestTimeout)} (setting Sources:RequestTimeout)", permanent: false, ex);
        }
        catch (HttpRequestException ex) when (Find<RefusedDestinationException>(ex) is { } refused)
        {
            throw new FetchException("refused: " + refused.Message, permanent: true, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new FetchException("request failed: " + Innermost(ex).Message, permanent: false, ex);
        }
        catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException("connection failed while reading: " + Innermost(ex).Message, permanent: false, ex);
        }
        catch (InvalidDataException ex)
        {
            throw new FetchException("the response could not be decompressed: " + ex.Message, permanent: false, ex);
        }
    }

    private async Task<FetchResponse> FollowAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var client = _clients.CreateClient(HttpClientName);
        var url = request.Url;
        for (var hop = 0; ; hop++)
        {
            CheckScheme(url, hop);
            using var message = new HttpRequestMessage(HttpMethod.Get, url);
            message.Headers.TryAddWithoutValidation("Accept", Accept);
            message.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
            if (request.ETag is { } etag) message.Headers.TryAddWithoutValidation("If-None-Match", etag);
            if (request.LastModified is { } modified) message.Headers.TryAddWithoutValidation("If-Modified-Since", modified);

            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode))
            {
                if (hop >= _options.MaxRedirects)
                    throw new FetchException($"too many redirects (more than {_options.MaxRedirects}, setting Sources:MaxRedirects)", permanent: false);
                var location = response.Headers.Location
                    ?? throw new FetchException($"HTTP {(int)response.StatusCode} redirect without a Location header", permanent: false);
                url = location.IsAbsoluteUri ? location : new Uri(url, location);
                continue;
            }

            var etagOut = response.Headers.ETag?.ToString();
            var lastModified = response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture);
            if (response.StatusCode == HttpStatusCode.NotModified)
                return new FetchResponse(url, NotModified: true, null, null, [], etagOut ?? request.ETag, lastModified ?? request.LastModified);
            if (!response.IsSuccessStatusCode)
            {
                var code = (int)response.StatusCode;
                throw new FetchException(
                    string.Create(CultureInfo.InvariantCulture, $"HTTP {code} ({response.ReasonPhrase ?? response.StatusCode.ToString()}) from {url}"),
                    permanent: response.StatusCode == HttpStatusCode.Gone);
            }

            var contentType = response.Content.Headers.ContentType;
            var body = await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            return new FetchResponse(url, NotModified: false, contentType?.MediaType?.ToLowerInvariant(), contentType?.CharSet, body, etagOut, lastModified);
        }
    }

    private async Task<byte[]> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var max = _options.MaxResponseBytes;
        if (content.Headers.ContentLength is { } declared && declared > max && content.Headers.ContentEncoding.Count == 0)
            throw TooLarge(declared);
        // Counted on the decompressed stream: Content-Length of a compressed body says nothing about its real size.
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > max) throw TooLarge(null);
                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
            return buffer.ToArray();
        }
    }

    private FetchException TooLarge(long? declared) => new(
        declared is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"response too large ({d} bytes; the limit is {_options.MaxResponseBytes} bytes, setting Sources:MaxResponseBytes)")
            : string.Create(CultureInfo.InvariantCulture, $"response too large (more than {_options.MaxResponseBytes} bytes after decompression, setting Sources:MaxResponseBytes)"),
        permanent: false);

    private static void CheckScheme(Uri url, int hop)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            var what = hop == 0 ? "only http and https URLs can be fetched" : "a redirect led to a URL that is not http or https";
            throw new FetchException($"refused: {what} ({url})", permanent: true);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static T? Find<T>(Exception ex)
        where T : Exception
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is T found) return found;
        }
        return null;
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null) ex = ex.InnerException;
        return ex;
    }

    private static string Seconds(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.###} s");

    /// <summary>The primary handler of <see cref="HttpClientName"/>: redirects are followed by the fetcher, addresses checked on connect.</summary>
    internal static SocketsHttpHandler CreateHandler(WebSourcesOptions options, Func<IPAddress, string?>? addressPolicy = null) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = options.ConnectTimeout,
        ConnectCallback = new SafeConnector(options.AllowPrivateNetworks, addressPolicy).ConnectAsync,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseCookies = false,
        UseProxy = false,
        MaxResponseHeadersLength = 64,
    };
}
