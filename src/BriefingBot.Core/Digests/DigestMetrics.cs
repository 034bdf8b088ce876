using System.Diagnostics.Metrics;

namespace BriefingBot.Core.Digests;

/// <summary>Counters per delivery outcome (meter <c>BriefingBot.Digests</c>) for dashboards and alerts.</summary>
internal sealed class DigestMetrics
{
    public const string MeterName = "BriefingBot.Digests";

    private static readonly Meter FallbackMeter = new(MeterName);

    private readonly Counter<long> due;
    private readonly Counter<long> sent;
    private readonly Counter<long> retried;
    private readonly Counter<long> failed;
    private readonly Counter<long> skipped;

    public DigestMetrics(IMeterFactory? meterFactory)
    {
        var meter = meterFactory?.Create(MeterName) ?? FallbackMeter;
        due = meter.CreateCounter<long>("briefingbot.digests.due", description: "Digest periods that came due.");
        sent = meter.CreateCounter<long>("briefingbot.digests.sent", description: "Digests posted.");
        retried = meter.CreateCounter<long>("briefingbot.digests.retried", description: "Attempts that will be retried.");
        failed = meter.CreateCounter<long>("briefingbot.digests.failed", description: "Deliveries given up.");
        skipped = meter.CreateCounter<long>("briefingbot.digests.skipped", description: "Periods deliberately not sent.");
    }

    public void Due(string platform) => due.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void Sent(string platform, bool late) => sent.Add(1, new("platform", platform), new("late", late));

    public void Retried(string platform, string reason) => retried.Add(1, new("platform", platform), new("reason", reason));

    public void Failed(string platform, string reason) => failed.Add(1, new("platform", platform), new("reason", reason));

    public void Skipped(string platform, string reason) => skipped.Add(1, new("platform", platform), new("reason", reason));
}
