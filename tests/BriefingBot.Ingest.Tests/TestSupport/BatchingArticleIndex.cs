using BriefingBot.Core.Articles;
using BriefingBot.Core.Index;

namespace BriefingBot.Ingest.Tests.TestSupport;

/// <summary>The in-memory index that also takes batches: all or nothing, like the SQLite one, recording each batch size.</summary>
internal sealed class BatchingArticleIndex : InMemoryArticleIndex, IBatchArticleIndex
{
    public List<int> BatchSizes { get; } = [];

    public async Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken)
    {
        BatchSizes.Add(articles.Count);
        // A batch holding an article that would fail writes none of them.
        if (FailWhen is { } fail && articles.Any(fail)) throw new InvalidOperationException("disk full");
        var outcomes = new List<UpsertOutcome>(articles.Count);
        foreach (var article in articles) outcomes.Add(await UpsertAsync(article, cancellationToken));
        return outcomes;
    }
}
