using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using BriefingBot.Bench;
using BriefingBot.Benchmarks.Modes;

namespace BriefingBot.Benchmarks.Load;

/// <summary>
/// The load driver: sends signed /brief requests (as Discord and as Slack) to a running <c>serve</c> at a fixed
/// concurrency until N requests are done or the time is up, then reports throughput, latency percentiles, status codes
/// and how many answers were deferred. It starts nothing and talks to loopback addresses only.
/// </summary>
internal static class LoadMode
{
    public static async Task<int> RunAsync(Args args)
    {
        var baseUrl = LoopbackOnly(args.Required("url"));
        var platform = args.Get("platform") ?? "both";
        if (platform is not ("discord" or "slack" or "both")) throw new ArgumentException("--platform must be discord, slack or both.");
        var requests = args.Int("requests", 2_000);
        var concurrency = Math.Max(1, args.Int("concurrency", 50));
        var seconds = Math.Max(1, args.Int("seconds", 60));
        var topics = args.List("topics", SyntheticWorld.QueryTopics);

        using var discord = new DiscordSigner(args.Get("discord-seed") ?? DiscordSigner.TestSeedHex);
        var slack = new SlackSigner(args.Get("slack-secret") ?? Environment.GetEnvironmentVariable("Slack__SigningSecret") ?? "bench-signing-secret");
        var factory = new SignedRequests(baseUrl, discord, slack, TimeProvider.System);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseProxy = false, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

        var results = new ConcurrentBag<(string Platform, int Status, bool Deferred, TimeSpan Elapsed)>();
        var issued = -1;
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        Report.Line($"load: {baseUrl} platform={platform} requests={requests} concurrency={concurrency} limit={seconds}s discord public key {discord.PublicKeyHex}");

        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref issued);
                if (n >= requests) return;
                var asDiscord = platform == "discord" || (platform == "both" && n % 2 == 0);
                var topic = topics[n % topics.Count];
                using var request = asDiscord ? factory.Discord(topic) : factory.Slack(topic);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(request, stop.Token);
                    var body = await response.Content.ReadAsStringAsync(stop.Token);
                    var deferred = asDiscord ? body.Contains("\"type\":5", StringComparison.Ordinal) : body.Contains("Working on it", StringComparison.Ordinal);
                    results.Add((asDiscord ? "discord" : "slack", (int)response.StatusCode, deferred, Stopwatch.GetElapsedTime(started)));
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (HttpRequestException ex)
                {
                    results.Add((asDiscord ? "discord" : "slack", 0, false, Stopwatch.GetElapsedTime(started)));
                    if (results.Count(r => r.Status == 0) == 1) await Console.Error.WriteLineAsync($"request failed: {ex.Message}");
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed.TotalSeconds;

        var all = results.ToList();
        var ok = all.Count(r => r.Status == 200);
        Report.Line($"  completed {all.Count} in {elapsed:F1} s = {all.Count / elapsed:F1} req/s; 200: {ok}; deferred: {all.Count(r => r.Deferred)}; statuses: {string.Join(", ", all.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}x{g.Count()}"))}");
        foreach (var group in all.GroupBy(r => r.Platform).OrderBy(g => g.Key))
        {
            var latencies = new Latencies();
            foreach (var r in group) latencies.Add(r.Elapsed);
            Report.Line($"  {group.Key,-8} {latencies.Summary()}");
        }
        var total = new Latencies();
        foreach (var r in all) total.Add(r.Elapsed);
        Report.Line($"  {"all",-8} {total.Summary()}; load average {Memory.LoadAverage()}");
        return ok == all.Count && all.Count > 0 ? 0 : 2;
    }

    /// <summary>Refuses anything but a loopback address: this tool must never load a machine it does not own.</summary>
    private static Uri LoopbackOnly(string url)
    {
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ArgumentException($"--url must be an http(s) URL, not '{url}'.");
        var loopback = uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
        if (!loopback) throw new ArgumentException($"--url must be a loopback address (127.0.0.1, [::1] or localhost), not '{uri.Host}'.");
        return uri;
    }
}
