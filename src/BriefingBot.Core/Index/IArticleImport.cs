namespace BriefingBot.Core.Index;

/// <summary>
/// Writes exported articles into an index keeping their <see cref="ExportedArticle.IndexedAt"/> and
/// <see cref="ExportedArticle.UpdatedAt"/> (an upsert would stamp them "now" and make every article news again).
/// </summary>
public interface IArticleImport
{
    /// <summary>
    /// Imports a batch in one transaction: all of it or none. Idempotent: an article the target already holds with
    /// the same content hash and instants is <see cref="ImportOutcome.Unchanged"/>; one the target indexed later
    /// than the export says is <see cref="ImportOutcome.KeptTarget"/>; otherwise the exported copy is written.
    /// </summary>
    /// <returns>One outcome per article, in batch order.</returns>
    Task<IReadOnlyList<ImportOutcome>> ImportAsync(IReadOnlyList<ExportedArticle> batch, CancellationToken cancellationToken);
}
