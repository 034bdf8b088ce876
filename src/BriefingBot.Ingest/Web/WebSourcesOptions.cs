using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Ingest.Web;

/// <summary>Outbound fetching and polling of feeds and pages, bound from the <c>Sources</c> configuration section.</summary>
public sealed class WebSourcesOptions
{
    public const string SectionName = "Sources";

    /// <summary>
    /// Allows requests to loopback, private, link-local, CGNAT, multicast and unique-local addresses. Off by default:
    /// a feed URL (or a redirect, or a DNS answer) must never reach the host's own network. Tests turn it on.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Largest response body accepted, counted after decompression. Default 5 MB.</summary>
    [Range(1024, 1L << 31)]
    public long MaxResponseBytes { get; set; } = 5L * 1024 * 1024;

    /// <summary>Time for a whole request: connect, headers and body. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time to open a connection. Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Redirects followed per request; each hop is checked like the first URL. Default 5.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    [Required]
    public string UserAgent { get; set; } = "BriefingBot/1.0 (+https://github.com/briefingbot)";

    /// <summary>Poll interval of a source added without one. Default 30 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Shortest interval a source may ask for, to be polite to publishers. Default 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest wait between retries of a failing source (exponential backoff stops growing here). Default 6 hours.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Consecutive failed polls after which a source is disabled (the reason shows in <c>sources list</c>). Default 5.</summary>
    [Range(1, 1000)]
    public int MaxConsecutiveFailures { get; set; } = 5;

    /// <summary>How often the background poller looks for due sources. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollerTick { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one instance holds a source while polling it; another instance may take over after. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Items read per feed poll (newest first); the rest wait for the next poll. Default 50.</summary>
    [Range(1, 1000)]
    public int MaxItemsPerPoll { get; set; } = 50;

    /// <summary>A feed item whose text is shorter than this is a stub: the linked page is fetched for the article. Default 600 characters.</summary>
    [Range(0, 100_000)]
    public int StubTextLength { get; set; } = 600;

    /// <summary>Declarative source list (JSON), applied at start of <c>serve</c>; null or missing file: none.</summary>
    public string? ConfigFile { get; set; } = "config/sources.json";
}
