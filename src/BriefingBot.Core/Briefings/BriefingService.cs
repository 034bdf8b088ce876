using BriefingBot.Core.Index;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Answers briefings, quotes and timelines from the index. Everything it shows is verbatim from a source and cited:
/// it selects, it never writes.
/// </summary>
public sealed class BriefingService(IArticleIndex index, SpeakerAliases? aliases = null) : IBriefingService
{
    private readonly SpeakerAliases _aliases = aliases ?? SpeakerAliases.None;

    /// <summary>How many search hits are considered; the answer footer reports how many matched.</summary>
    private const int SearchDepth = 100;
    private const int BriefingArticles = 8;
    private const int TimelineArticles = 20;

    public async Task<Briefing> BriefAsync(BriefingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (ranked, hits) = await FindAsync(request.Topic, BriefingArticles, request.IndexedSince, cancellationToken);
        var topic = new TopicWords(request.Topic);
        var byId = ranked.ToDictionary(r => r.Article.Article.Id, StringComparer.Ordinal);
        var summary = TopicSummarySelector.Select(SummaryCandidates.From(ranked, topic), request.MaxSummarySentences)
            .Select(c => (Source: byId[c.ArticleId], c.Sentence))
            .ToList();
        var quotes = QuoteSelector.Select(ranked, topic, request.MaxQuotes);
        var events = TimelineSelector.Select(ranked, topic, request.MaxTimelineEntries);

        var citations = new CitationBuilder();
        foreach (var (source, _) in summary) citations.Cite(source.Article.Article, source.Score);
        foreach (var (_, source) in quotes) citations.Cite(source.Article.Article, source.Score);
        foreach (var (_, source) in events) citations.Cite(source.Article.Article, source.Score);

        return new Briefing(
            request.Topic,
            citations.References(),
            summary
                .Select(s => (s.Source, s.Sentence, Citation: citations.Number(s.Source.Article.Article.Id)))
                .OrderBy(s => s.Citation).ThenBy(s => s.Sentence)
                .Select(s => new SummaryLine(s.Source.Article.SentenceText(s.Sentence), s.Source.Article.Article.Id, s.Sentence, s.Citation))
                .ToList(),
            quotes.Select(q => new QuoteLine(q.Quote.Text, q.Quote.Speaker, q.Quote.Kind, q.Source.Article.Article.Id, q.Source.Article.Article.Published, citations.Number(q.Source.Article.Article.Id))).ToList(),
            events.Select(e => new TimelineEntry(e.Event.Date, e.Event.Precision, e.Event.Text, e.Source.Article.Article.Id, citations.Number(e.Source.Article.Article.Id))).ToList(),
            hits.Count,
            Newest(hits),
            request.IndexedSince);
    }

    public async Task<QuoteList> QuotesAsync(string? speaker, string? topic, int limit, CancellationToken cancellationToken)
    {
        var hits = await index.FindQuotesAsync(new QuoteQuery(speaker is null ? null : _aliases.Resolve(speaker), topic, limit), cancellationToken);
        // The index returns newest first; number sources in that order so [1] is the newest.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var articles = new List<ArticleRef>();
        var lines = new List<QuoteLine>();
        foreach (var hit in hits)
        {
            if (!numbers.TryGetValue(hit.Article.Id, out var number))
            {
                articles.Add(hit.Article);
                number = numbers[hit.Article.Id] = articles.Count;
            }
            lines.Add(new QuoteLine(hit.Quote.Text, hit.Quote.Speaker, hit.Quote.Kind, hit.Article.Id, hit.Article.Published, number));
        }
        return new QuoteList(speaker, topic, articles, lines);
    }

    public async Task<Timeline> TimelineAsync(string topic, int limit, CancellationToken cancellationToken)
    {
        var (ranked, hits) = await FindAsync(topic, TimelineArticles, null, cancellationToken);
        var events = TimelineSelector.Select(ranked, new TopicWords(topic), limit);
        var citations = new CitationBuilder();
        foreach (var (_, source) in events) citations.Cite(source.Article.Article, source.Score);
        return new Timeline(
            topic,
            citations.References(),
            events.Select(e => new TimelineEntry(e.Event.Date, e.Event.Precision, e.Event.Text, e.Source.Article.Article.Id, citations.Number(e.Source.Article.Article.Id))).ToList(),
            hits.Count);
    }

    public Task<IndexStatistics> SourcesAsync(CancellationToken cancellationToken) => index.GetStatisticsAsync(cancellationToken);

    public Task<IReadOnlyList<string>> SuggestAsync(SuggestionKind kind, string prefix, int limit, CancellationToken cancellationToken) =>
        kind == SuggestionKind.Speaker
            ? index.SuggestSpeakersAsync(prefix, limit, cancellationToken)
            : index.SuggestTopicsAsync(prefix, limit, cancellationToken);

    private async Task<(IReadOnlyList<RankedArticle> Ranked, IReadOnlyList<SearchHit> Hits)> FindAsync(
        string topic, int take, DateTimeOffset? indexedSince, CancellationToken cancellationToken)
    {
        var hits = await index.SearchAsync(new ArticleQuery(topic, SearchDepth, indexedSince), cancellationToken);
        var ranked = ArticleRanker.Rank(hits).Take(take).ToList();
        var articles = await index.GetArticlesAsync(ranked.Select(r => r.Hit.ArticleId).ToList(), cancellationToken);
        var scores = ranked.ToDictionary(r => r.Hit.ArticleId, r => r.Score, StringComparer.Ordinal);
        return (articles.Select(a => new RankedArticle(a, scores[a.Article.Id])).ToList(), hits);
    }

    private static Time.PartialDate? Newest(IReadOnlyList<SearchHit> hits)
    {
        var dates = hits.Where(h => h.Published is not null).Select(h => h.Published!.Value).ToList();
        return dates.Count == 0 ? null : dates.Max();
    }
}
