using BriefingBot.Core.Index;

namespace BriefingBot.Core.Briefings;

/// <summary>Answers questions from the index; shared by every platform adapter and the CLI.</summary>
public interface IBriefingService
{
    Task<Briefing> BriefAsync(BriefingRequest request, CancellationToken cancellationToken);

    Task<QuoteList> QuotesAsync(string? speaker, string? topic, int limit, CancellationToken cancellationToken);

    Task<Timeline> TimelineAsync(string topic, int limit, CancellationToken cancellationToken);

    Task<IndexStatistics> SourcesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> SuggestAsync(SuggestionKind kind, string prefix, int limit, CancellationToken cancellationToken);
}
