using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Digests;

/// <summary>Builds one digest: a briefing per topic restricted to what was indexed since the previous digest, news first.</summary>
internal sealed class DigestComposer(IBriefingService briefings, DigestOptions options)
{
    public async Task<Digest> ComposeAsync(Subscription subscription, string periodKey, DateTimeOffset scheduledAt, DateTimeOffset since, DateTimeOffset until, bool late, CancellationToken cancellationToken)
    {
        var sections = new List<DigestSection>(subscription.Topics.Count);
        foreach (var topic in subscription.Topics)
        {
            var request = new BriefingRequest(topic, options.SummarySentencesPerTopic, options.QuotesPerTopic, options.TimelineEntriesPerTopic, since);
            var briefing = await briefings.BriefAsync(request, cancellationToken);
            sections.Add(new DigestSection(topic, briefing with { NewSince = since }));
        }
        // Stable partition: news first, in the subscriber's order; quiet topics after.
        var quiet = options.ShowNothingNew ? sections.Where(s => !s.HasNews) : [];
        var ordered = sections.Where(s => s.HasNews).Concat(quiet).ToList();
        return new Digest(subscription.Id, subscription.Target, periodKey, subscription.TimeZoneId, scheduledAt, since, until, late, ordered);
    }
}
