using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BriefingBot.Core.Sources;
using BriefingBot.Ingest.Identity;
using BriefingBot.Ingest.Web;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Ingest.Sources;

/// <summary>
/// The API of web sources for the CLI and the host: register feeds and pages (<see cref="AddAsync"/>,
/// <see cref="ListAsync"/>, <see cref="RemoveAsync"/>, <see cref="EnableAsync"/>, <see cref="ApplyFileAsync"/>),
/// poll the due ones (<see cref="PollDueAsync"/>, called by <see cref="SourcePollingService"/>), and ingest one URL
/// once without registering it (<see cref="IngestUrlAsync"/>, for <c>briefingbot ingest &lt;url&gt;</c>).
/// Polls use conditional GETs, back off exponentially on failure and disable a source after
/// <see cref="WebSourcesOptions.MaxConsecutiveFailures"/> failures (at once for a refused destination),
/// keeping the reason for <c>sources list</c>. A lease in the store keeps two instances off one source.
/// </summary>
public sealed class SourceService
{
    private readonly ISourceStore _store;
    private readonly SafeHttpFetcher _fetcher;
    private readonly TimeProvider _time;
    private readonly WebSourcesOptions _options;
    private readonly ILogger<SourceService> _logger;
    private readonly DeduplicatingIngester _ingester;
    private readonly string _owner = "poller-" + Guid.NewGuid().ToString("N")[..12];

    public SourceService(
        ISourceStore store,
        IDuplicateRegistry registry,
        SafeHttpFetcher fetcher,
        IngestService ingest,
        TimeProvider timeProvider,
        IOptions<WebSourcesOptions> options,
        ILogger<SourceService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(ingest);
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _fetcher = fetcher ?? throw new ArgumentNullException(nameof(fetcher));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _options = options.Value;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _ingester = new DeduplicatingIngester(ingest, registry, _time);
    }

    /// <summary>
    /// Registers a feed or page, due at once. Adding a URL that is already registered (in any normalized form)
    /// updates its interval. <paramref name="interval"/> null means <see cref="WebSourcesOptions.DefaultInterval"/>.
    /// </summary>
    /// <exception cref="SourceValidationException">Not an absolute http(s) URL, or an interval below the minimum.</exception>
    public Task<SourceChange> AddAsync(string url, TimeSpan? interval, CancellationToken cancellationToken) =>
        AddOrUpdateAsync(url, interval, SourceOrigin.User, cancellationToken);

    public Task<IReadOnlyList<WebSource>> ListAsync(CancellationToken cancellationToken) => _store.ListAsync(cancellationToken);

    /// <summary>Removes a source by id or URL; false when there is none.</summary>
    public async Task<bool> RemoveAsync(string idOrUrl, CancellationToken cancellationToken)
    {
        var source = await FindAsync(idOrUrl, cancellationToken).ConfigureAwait(false);
        return source is not null && await _store.RemoveAsync(source.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Re-enables a disabled source (failures reset, due at once); null when there is none.</summary>
    public async Task<WebSource?> EnableAsync(string idOrUrl, CancellationToken cancellationToken)
    {
        var source = await FindAsync(idOrUrl, cancellationToken).ConfigureAwait(false);
        if (source is null) return null;
        // The store changes only the enabling fields, so a poll recorded since the read above is not overwritten.
        return await _store.EnableAsync(source.Id, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A source by its id or by any normalized form of its URL.</summary>
    public async Task<WebSource?> FindAsync(string idOrUrl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrUrl);
        return await _store.GetAsync(idOrUrl.Trim(), cancellationToken).ConfigureAwait(false)
            ?? await _store.GetAsync(IdOf(idOrUrl), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Makes the registered config sources match <paramref name="file"/>: entries are added or their interval
    /// updated; config sources no longer listed are removed. Sources added by users are never touched.
    /// </summary>
    /// <exception cref="SourceValidationException">An entry has a bad URL or interval; nothing is changed.</exception>
    public async Task<IReadOnlyList<SourceChange>> ApplyFileAsync(SourcesFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var wanted = file.Sources.Select((e, i) =>
        {
            TimeSpan? every = null;
            if (e.Every is not null)
                every = IntervalText.TryParse(e.Every, out var parsed) ? parsed : throw new SourceValidationException($"sources[{i}]: '{e.Every}' is not an interval (examples: 90s, 15m, 1h, 1d)");
            Validate(e.Url, every);
            return (e.Url, Every: every);
        }).ToList();

        var changes = new List<SourceChange>();
        foreach (var (url, every) in wanted) changes.Add(await AddOrUpdateAsync(url, every, SourceOrigin.Config, cancellationToken).ConfigureAwait(false));
        var keep = changes.Select(c => c.Source.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in (await _store.ListAsync(cancellationToken).ConfigureAwait(false)).Where(s => s.Origin == SourceOrigin.Config && !keep.Contains(s.Id)))
            await _store.RemoveAsync(stale.Id, cancellationToken).ConfigureAwait(false);
        return changes;
    }

    /// <summary>Fetches and ingests one feed or page now, without registering it.</summary>
    /// <exception cref="SourceValidationException">Not an absolute http(s) URL.</exception>
    public async Task<SourcePollResult> IngestUrlAsync(string url, CancellationToken cancellationToken)
    {
        var uri = Validate(url, null);
        try
        {
            var response = await _fetcher.FetchAsync(new FetchRequest(uri), cancellationToken).ConfigureAwait(false);
            return await Reader(store: null).ReadAsync(IdOf(url), response, SourceKind.Unknown, cancellationToken).ConfigureAwait(false);
        }
        catch (FetchException ex)
        {
            return SourcePollResult.Failure(url, SourceKind.Unknown, ex.Message);
        }
    }

    /// <summary>Leases every due source this instance can get and polls each; sources leased elsewhere are skipped.</summary>
    public async Task<SourcePollSummary> PollDueAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var due = await _store.ListDueAsync(now, limit: 100, cancellationToken).ConfigureAwait(false);
        var results = new List<SourcePollResult>();
        foreach (var candidate in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var leaseStart = _time.GetUtcNow();
            var leased = await _store.TryLeaseAsync(candidate.Id, _owner, leaseStart, leaseStart + _options.LeaseDuration, cancellationToken).ConfigureAwait(false);
            if (leased is null) continue;
            results.Add(await PollLeasedAsync(leased, cancellationToken).ConfigureAwait(false));
        }
        return new SourcePollSummary(results);
    }

    private async Task<SourcePollResult> PollLeasedAsync(WebSource source, CancellationToken cancellationToken)
    {
        SourcePollResult result;
        var conditional = source.Kind != SourceKind.Unknown;
        var request = new FetchRequest(new Uri(source.Url), conditional ? source.ETag : null, conditional ? source.LastModified : null);
        FetchResponse? response = null;
        var permanent = false;
        try
        {
            response = await _fetcher.FetchAsync(request, cancellationToken).ConfigureAwait(false);
            result = response.NotModified
                ? new SourcePollResult(source.Url, source.Kind, 0, 0, 0, 0, 0, true, null, [])
                : await Reader(_store).ReadAsync(source.Id, response, source.Kind, cancellationToken).ConfigureAwait(false);
        }
        catch (FetchException ex)
        {
            permanent = ex.Permanent;
            result = SourcePollResult.Failure(source.Url, source.Kind, ex.Message);
        }

        var now = _time.GetUtcNow();
        WebSource updated;
        if (result.Succeeded)
        {
            updated = source with
            {
                Kind = result.Kind == SourceKind.Unknown ? source.Kind : result.Kind,
                Title = result.Title ?? source.Title,
                LastPolledAt = now,
                LastSuccessAt = now,
                NextPollAt = now + source.Interval,
                ConsecutiveFailures = 0,
                LastError = null,
                ETag = response?.ETag ?? source.ETag,
                LastModified = response?.LastModified ?? source.LastModified,
                ItemsIngested = source.ItemsIngested + result.Added + result.Updated,
            };
            if (result.ItemFailures.Count > 0)
                _logger.LogWarning("Source {Url}: {Count} items not ingested, first: {Problem}", source.Url, result.ItemFailures.Count, result.ItemFailures[0]);
        }
        else
        {
            var failures = source.ConsecutiveFailures + 1;
            var disable = permanent || failures >= _options.MaxConsecutiveFailures;
            updated = source with
            {
                LastPolledAt = now,
                ConsecutiveFailures = failures,
                LastError = result.Error,
                NextPollAt = now + Backoff(source.Interval, failures),
                DisabledReason = disable
                    ? string.Create(CultureInfo.InvariantCulture, $"{(permanent ? "refused" : $"{failures} consecutive failures")}, last: {result.Error}")
                    : null,
            };
            _logger.LogWarning("Source {Url} failed ({Failures} in a row{Disabled}): {Error}", source.Url, failures, disable ? ", now disabled" : string.Empty, result.Error);
        }
        if (!await _store.CompletePollAsync(updated, _owner, cancellationToken).ConfigureAwait(false))
            _logger.LogWarning("Source {Url}: the lease expired during the poll; another instance may poll it again", source.Url);
        return result;
    }

    /// <summary>interval × 2^failures, capped: a flaky feed is retried soon, a dead one rarely.</summary>
    private TimeSpan Backoff(TimeSpan interval, int failures)
    {
        var factor = Math.Pow(2, Math.Min(failures, 20));
        var ticks = Math.Min(interval.Ticks * factor, _options.MaxBackoff.Ticks);
        return TimeSpan.FromTicks((long)Math.Max(ticks, interval.Ticks));
    }

    private async Task<SourceChange> AddOrUpdateAsync(string url, TimeSpan? interval, SourceOrigin origin, CancellationToken cancellationToken)
    {
        var uri = Validate(url, interval);
        var id = IdOf(uri.ToString());
        var every = interval ?? _options.DefaultInterval;
        var existing = await _store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            // A user's explicit add takes ownership from the config file, so a later file edit cannot remove it.
            // Only registration fields are written, so a poll recorded since the read above is not overwritten.
            var updated = await _store.UpdateRegistrationAsync(id, every, origin == SourceOrigin.User ? SourceOrigin.User : null, cancellationToken).ConfigureAwait(false);
            if (updated is not null) return new SourceChange(updated, Added: false);
            // Removed meanwhile (another instance applying its sources file): register it afresh below.
        }
        var now = _time.GetUtcNow();
        var source = new WebSource(id, uri.ToString(), SourceKind.Unknown, every, origin, now, NextPollAt: now);
        var added = await _store.AddAsync(source, cancellationToken).ConfigureAwait(false);
        return new SourceChange(added ? source : (await _store.GetAsync(id, cancellationToken).ConfigureAwait(false))!, added);
    }

    private Uri Validate(string url, TimeSpan? interval)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(uri.Host))
            throw new SourceValidationException($"'{url}' is not an http or https URL");
        if (interval is { } every && every < _options.MinInterval)
            throw new SourceValidationException($"the interval {IntervalText.Format(every)} is shorter than the minimum {IntervalText.Format(_options.MinInterval)} (setting Sources:MinInterval)");
        return uri;
    }

    private WebSourceReader Reader(ISourceStore? store) => new(_fetcher, _ingester, store, _time, _options, _logger);

    /// <summary>Ids come from the normalized URL, so tracking-parameter variants of one feed are one source.</summary>
    internal static string IdOf(string url) =>
        "src-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ArticleIdentity.NormalizeUrl(url))))[..10];
}
