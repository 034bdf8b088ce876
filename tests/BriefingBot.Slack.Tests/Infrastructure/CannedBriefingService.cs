using BriefingBot.Core.Briefings;
using BriefingBot.Core.Index;

namespace BriefingBot.Slack.Tests.Infrastructure;

internal sealed class CannedBriefingService : IBriefingService
{
    public Task<Briefing> BriefAsync(BriefingRequest request, CancellationToken cancellationToken) => Task.FromResult(CannedBriefings.Briefing(request.Topic));

    public Task<QuoteList> QuotesAsync(string? speaker, string? topic, int limit, CancellationToken cancellationToken) => Task.FromResult(CannedBriefings.Quotes(speaker ?? "someone", topic));

    public Task<Timeline> TimelineAsync(string topic, int limit, CancellationToken cancellationToken) => Task.FromResult(CannedBriefings.Timeline(topic));

    public Task<IndexStatistics> SourcesAsync(CancellationToken cancellationToken) => Task.FromResult(CannedBriefings.Statistics());

    public Task<IReadOnlyList<string>> SuggestAsync(SuggestionKind kind, string prefix, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
