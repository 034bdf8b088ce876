namespace BriefingBot.Core.Digests;

/// <summary>Digest scheduling and delivery settings (section <c>Digests</c>).</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digests";

    /// <summary>Zone used when a subscriber names none (IANA id).</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Local time used when a subscriber names none ("HH:mm").</summary>
    public string DefaultTime { get; set; } = "08:00";

    /// <summary>Whether the hosted scheduler runs in <c>serve</c>; <c>digest run-due</c> works either way.</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>How often the scheduler looks for due digests and retries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>After downtime, a missed period is still delivered (marked late) up to this long after its time; older ones are skipped and logged.</summary>
    public TimeSpan MaxLateness { get; set; } = TimeSpan.FromHours(6);

    /// <summary>A digest sent more than this after its time is marked late.</summary>
    public TimeSpan LateAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a process owns a delivery it claimed; must exceed the slowest compose plus send.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>First retry delay; doubles per attempt up to <see cref="MaxRetryDelay"/>. A platform's Retry-After wins when longer.</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Attempts before a delivery is marked failed.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The first digest of a subscription covers this much.</summary>
    public TimeSpan FirstDigestLookback { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Show "Nothing new on X" lines; when false a digest with nothing new at all is skipped instead of sent.</summary>
    public bool ShowNothingNew { get; set; } = true;

    /// <summary>
    /// When a send's outcome is unknown and the platform cannot confirm it (Slack without a history lookup),
    /// send again (risking a duplicate) rather than drop the digest.
    /// </summary>
    public bool ResendWhenUnconfirmed { get; set; } = true;

    public int SummarySentencesPerTopic { get; set; } = 3;

    public int QuotesPerTopic { get; set; } = 2;

    public int TimelineEntriesPerTopic { get; set; } = 3;

    public int MaxSubscriptionsPerChannel { get; set; } = 10;

    /// <summary>Identifies this process in leases; generated when empty.</summary>
    public string? InstanceId { get; set; }
}
