using BriefingBot.Bench;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Time;
using BriefingBot.Nlp;

namespace BriefingBot.Benchmarks.Micro;

/// <summary>Shared inputs: a few synthetic articles (about 5 KB each) and their analyses.</summary>
internal static class BenchmarkData
{
    public static IReadOnlyList<SyntheticArticle> Articles(int count, int seed = 7) => SyntheticCorpus.Generate(count, seed).ToList();

    public static AnalyzedArticle Analyzed(SyntheticArticle article, TextAnalyzer analyzer, string? id = null)
    {
        var published = PartialDate.FromDate(article.Published);
        var analysis = analyzer.Analyze(new DocumentInput(article.Text, published, article.Title));
        return new AnalyzedArticle(new Article
        {
            Id = id ?? article.Id,
            Title = article.Title,
            Text = article.Text,
            Url = article.Url,
            Source = article.Source,
            Published = published,
            Authors = article.Authors,
            ContentHash = id ?? article.Id,
        }, analysis.Analysis);
    }
}
