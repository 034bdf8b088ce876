using System.Runtime.CompilerServices;
using BriefingBot.Core.Index;

namespace BriefingBot.Core.Migration;

/// <summary>
/// Copies everything one store holds (articles with their analysis and instants, subscriptions, the delivery outbox
/// and its history) into another, engine to engine through the export/import ports. Streams in batches (constant
/// memory); each batch is one transaction on the target, so an interrupted copy leaves whole batches and a re-run
/// finishes it: rows the target already holds unchanged are skipped. Ends by counting both sides.
/// </summary>
public sealed class IndexMigration(MigrationSource source, MigrationTarget target, int batchSize = IndexMigration.DefaultBatchSize)
{
    /// <summary>Articles are a few kilobytes each: a hundred per transaction keeps memory small and commits cheap.</summary>
    public const int DefaultBatchSize = 100;

    private readonly int _batchSize = batchSize > 0 ? batchSize : throw new ArgumentOutOfRangeException(nameof(batchSize));

    public async Task<MigrationReport> RunAsync(IProgress<MigrationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var articleTotal = (await source.Articles.CountAsync(cancellationToken)).Articles;
        var digestTotals = await source.Digests.CountAsync(cancellationToken);

        var articles = await CopyAsync(
            source.Articles.ReadAllAsync(cancellationToken), target.Articles.ImportAsync,
            MigrationStage.Articles, articleTotal, progress, cancellationToken);
        // Subscriptions before deliveries: a delivery row references its subscription.
        var subscriptions = await CopyAsync(
            source.Digests.ReadSubscriptionsAsync(cancellationToken), target.Digests.ImportSubscriptionsAsync,
            MigrationStage.Subscriptions, digestTotals.Subscriptions, progress, cancellationToken);
        var deliveries = await CopyAsync(
            source.Digests.ReadDeliveriesAsync(cancellationToken), target.Digests.ImportDeliveriesAsync,
            MigrationStage.Deliveries, digestTotals.Deliveries, progress, cancellationToken);

        return new MigrationReport(articles, subscriptions, deliveries, await CompareCountsAsync(cancellationToken));
    }

    /// <summary>Both sides counted after the copy (not before: a row the source gained meanwhile must show up as a difference).</summary>
    private async Task<IReadOnlyList<CountComparison>> CompareCountsAsync(CancellationToken cancellationToken)
    {
        var from = await source.Articles.CountAsync(cancellationToken);
        var to = await target.ArticleCounts.CountAsync(cancellationToken);
        var fromDigests = await source.Digests.CountAsync(cancellationToken);
        var toDigests = await target.DigestCounts.CountAsync(cancellationToken);
        return
        [
            new("articles", from.Articles, to.Articles),
            new("quotes", from.Quotes, to.Quotes),
            new("entities", from.Entities, to.Entities),
            new("keywords", from.Keywords, to.Keywords),
            new("events", from.Events, to.Events),
            new("subscriptions", fromDigests.Subscriptions, toDigests.Subscriptions),
            new("deliveries", fromDigests.Deliveries, toDigests.Deliveries),
        ];
    }

    private async Task<ImportTally> CopyAsync<T>(
        IAsyncEnumerable<T> rows,
        Func<IReadOnlyList<T>, CancellationToken, Task<IReadOnlyList<ImportOutcome>>> import,
        MigrationStage stage,
        long total,
        IProgress<MigrationProgress>? progress,
        CancellationToken cancellationToken)
    {
        var tally = ImportTally.None;
        progress?.Report(new MigrationProgress(stage, 0, total));
        await foreach (var batch in BatchesAsync(rows, cancellationToken))
        {
            var outcomes = await import(batch, cancellationToken);
            if (outcomes.Count != batch.Count)
                throw new InvalidOperationException($"The target answered {outcomes.Count} outcomes for a batch of {batch.Count} {stage}.");
            tally = tally.Plus(outcomes);
            progress?.Report(new MigrationProgress(stage, tally.Total, total));
        }
        return tally;
    }

    private async IAsyncEnumerable<IReadOnlyList<T>> BatchesAsync<T>(IAsyncEnumerable<T> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batch = new List<T>(_batchSize);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            batch.Add(row);
            if (batch.Count < _batchSize) continue;
            yield return batch;
            batch = new List<T>(_batchSize);
        }
        if (batch.Count > 0) yield return batch;
    }
}
