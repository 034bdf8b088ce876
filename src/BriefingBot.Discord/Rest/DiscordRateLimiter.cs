using System.Globalization;
using System.Net.Http.Headers;

namespace BriefingBot.Discord.Rest;

/// <summary>
/// Follows Discord's rate-limit headers: per-bucket Remaining/Reset-After (buckets learned from X-RateLimit-Bucket
/// and split by major parameter) and the global limit announced on 429s. Waits before sending instead of
/// collecting 429s, which count toward Discord's invalid-request ban.
/// </summary>
internal sealed class DiscordRateLimiter(TimeProvider time)
{
    private const int PruneAbove = 1000;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _bucketByRoute = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BucketState> _buckets = new(StringComparer.Ordinal);
    private DateTimeOffset _globalUntil = DateTimeOffset.MinValue;

    /// <summary>Waits until a request on <paramref name="route"/> may be sent, and takes one slot of its bucket.</summary>
    public async Task WaitAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        while (true)
        {
            var delay = TryAcquire(route);
            if (delay <= TimeSpan.Zero) return;
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    /// <summary>How long to wait before sending; zero means a slot was taken.</summary>
    internal TimeSpan TryAcquire(DiscordRoute route)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var delay = _globalUntil - now;
            if (_buckets.TryGetValue(KeyOf(route), out var state) && state.ResetAt > now && state.Remaining <= 0)
                delay = Max(delay, state.ResetAt - now);
            if (delay > TimeSpan.Zero) return delay;
            if (state is not null && state.ResetAt > now) state.Remaining--;
            return TimeSpan.Zero;
        }
    }

    /// <summary>Learns the route's bucket and its state from a response's headers.</summary>
    public void Update(DiscordRoute route, HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var bucket = Header(headers, "X-RateLimit-Bucket");
        var remaining = Header(headers, "X-RateLimit-Remaining");
        var resetAfter = Header(headers, "X-RateLimit-Reset-After");
        lock (_gate)
        {
            if (bucket is not null) _bucketByRoute[route.TemplateKey] = bucket;
            if (!int.TryParse(remaining, NumberStyles.None, CultureInfo.InvariantCulture, out var left)
                || !TryParseSeconds(resetAfter, out var after)) return;
            Prune();
            _buckets[KeyOf(route)] = new BucketState(left, time.GetUtcNow() + after);
        }
    }

    /// <summary>Records a 429: the whole bot waits when <paramref name="global"/>, else only this bucket.</summary>
    public void RateLimited(DiscordRoute route, TimeSpan retryAfter, bool global)
    {
        lock (_gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (global)
            {
                _globalUntil = Max(_globalUntil, until);
                return;
            }
            var key = KeyOf(route);
            var reset = _buckets.TryGetValue(key, out var old) ? Max(old.ResetAt, until) : until;
            _buckets[key] = new BucketState(0, reset);
        }
    }

    internal static bool TryParseSeconds(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || double.IsNaN(seconds) || seconds < 0) return false;
        value = TimeSpan.FromSeconds(Math.Min(seconds, 3600));
        return true;
    }

    private string KeyOf(DiscordRoute route) =>
        (_bucketByRoute.TryGetValue(route.TemplateKey, out var bucket) ? bucket : route.TemplateKey) + "|" + route.MajorParameter;

    /// <summary>Webhook buckets are per interaction token: forget expired ones so memory stays flat.</summary>
    private void Prune()
    {
        if (_buckets.Count < PruneAbove) return;
        var now = time.GetUtcNow();
        foreach (var key in _buckets.Where(b => b.Value.ResetAt <= now).Select(b => b.Key).ToList()) _buckets.Remove(key);
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class BucketState(int remaining, DateTimeOffset resetAt)
    {
        public int Remaining { get; set; } = remaining;
        public DateTimeOffset ResetAt { get; } = resetAt;
    }
}
