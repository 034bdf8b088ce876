namespace BriefingBot.Core.Index;

/// <summary>
/// Reads a whole article index out, for copying it to another engine. Separate from <see cref="IArticleIndex"/>
/// so the query port stays small; every engine registers both.
/// </summary>
public interface IArticleExport
{
    /// <summary>
    /// Every article with its analysis and instants, in the engine's insertion order. Streams in small pages
    /// (constant memory whatever the index size); articles written while it runs may or may not be included.
    /// </summary>
    IAsyncEnumerable<ExportedArticle> ReadAllAsync(CancellationToken cancellationToken);

    Task<ArticleCounts> CountAsync(CancellationToken cancellationToken);
}
