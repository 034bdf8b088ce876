using BriefingBot.Core.Briefings;
using BriefingBot.Core.Index;
using BriefingBot.Core.Time;

namespace BriefingBot.Core.Tests.Digests;

/// <summary>Returns one cited sentence per topic unless the topic is listed as quiet; records every request.</summary>
internal sealed class CannedBriefingService : IBriefingService
{
    public HashSet<string> QuietTopics { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<BriefingRequest> Requests { get; } = [];

    public Task<Briefing> BriefAsync(BriefingRequest request, CancellationToken cancellationToken)
    {
        lock (Requests) Requests.Add(request);
        if (QuietTopics.Contains(request.Topic))
            return Task.FromResult(new Briefing(request.Topic, [], [], [], [], 0, null, request.IndexedSince));
        var article = new ArticleRef("a-" + request.Topic, $"Report on {request.Topic}", $"https://news.example/{request.Topic}", "Example News", new PartialDate(2026, 3, 1));
        var line = new SummaryLine($"Something new happened about {request.Topic}.", article.Id, 0, 1);
        return Task.FromResult(new Briefing(request.Topic, [article], [line], [], [], 1, article.Published, request.IndexedSince));
    }

    public Task<QuoteList> QuotesAsync(string? speaker, string? topic, int limit, CancellationToken cancellationToken) =>
        Task.FromResult(new QuoteList(speaker, topic, [], []));

    public Task<Timeline> TimelineAsync(string topic, int limit, CancellationToken cancellationToken) =>
        Task.FromResult(new Timeline(topic, [], [], 0));

    public Task<IndexStatistics> SourcesAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> SuggestAsync(SuggestionKind kind, string prefix, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
