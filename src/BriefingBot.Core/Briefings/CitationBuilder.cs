using BriefingBot.Core.Articles;
using BriefingBot.Core.Index;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Collects the articles an answer cites, then numbers them 1..n in ranking order, so [1] is always the most
/// relevant source cited. Collect everything first (<see cref="Cite"/>), then read numbers.
/// </summary>
internal sealed class CitationBuilder
{
    private readonly Dictionary<string, (Article Article, double Score)> _cited = new(StringComparer.Ordinal);
    private Dictionary<string, int>? _numbers;

    public void Cite(Article article, double score)
    {
        if (_numbers is not null) throw new InvalidOperationException("Citations are already numbered.");
        _cited.TryAdd(article.Id, (article, score));
    }

    public int Number(string articleId) => Numbers()[articleId];

    public IReadOnlyList<ArticleRef> References()
    {
        var numbers = Numbers();
        return _cited.Values.OrderBy(c => numbers[c.Article.Id]).Select(c => ToRef(c.Article)).ToList();
    }

    public static ArticleRef ToRef(Article article) => new(article.Id, article.Title, article.Url, article.Source, article.Published);

    private Dictionary<string, int> Numbers() =>
        _numbers ??= _cited.Values
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Article.Id, StringComparer.Ordinal)
            .Select((c, i) => (c.Article.Id, Number: i + 1))
            .ToDictionary(x => x.Id, x => x.Number, StringComparer.Ordinal);
}
