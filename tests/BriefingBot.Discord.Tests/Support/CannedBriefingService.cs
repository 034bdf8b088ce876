using BriefingBot.Core.Briefings;
using BriefingBot.Core.Index;

namespace BriefingBot.Discord.Tests.Support;

/// <summary>Only autocomplete goes straight to the briefing service; everything else goes through the dispatcher.</summary>
internal sealed class CannedBriefingService : IBriefingService
{
    public List<(SuggestionKind Kind, string Prefix)> Suggested { get; } = [];

    public Task<IReadOnlyList<string>> SuggestAsync(SuggestionKind kind, string prefix, int limit, CancellationToken cancellationToken)
    {
        lock (Suggested) Suggested.Add((kind, prefix));
        IReadOnlyList<string> all = kind == SuggestionKind.Speaker
            ? ["Gustavo Petro", "Gustavo Bolívar", new string('x', 101), "", "Gustavo Petro"]
            : [.. Enumerable.Range(1, 40).Select(i => $"{prefix}topic{i}")];
        return Task.FromResult(all);
    }

    public Task<Briefing> BriefAsync(BriefingRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<QuoteList> QuotesAsync(string? speaker, string? topic, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Timeline> TimelineAsync(string topic, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IndexStatistics> SourcesAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
}
