using BriefingBot.Core.Analysis;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Time;

namespace BriefingBot.Storage.Sqlite.Tests.Contract;

/// <summary>Hand-built analyzed articles (the NLP pipeline is not a dependency of the index tests).</summary>
internal static class TestArticles
{
    public static AnalyzedArticle Make(
        string id,
        string title,
        string text,
        string? published = null,
        string? source = "Test Wire",
        string? hash = null,
        IReadOnlyList<Quote>? quotes = null,
        IReadOnlyList<Entity>? entities = null,
        IReadOnlyList<string>? keywords = null,
        IReadOnlyList<DatedEvent>? events = null)
    {
        var article = new Article
        {
            Id = id,
            Title = title,
            Text = text,
            Url = $"https://news.example/{id}",
            Source = source,
            Published = published is null ? null : PartialDate.Parse(published),
            Authors = ["A. Writer"],
            ContentHash = hash ?? $"hash-{id}-{text.Length}",
        };
        var analysis = TextAnalysis.Empty with
        {
            Sentences = [new TextSpan(0, text.Length)],
            Quotes = quotes ?? [],
            Entities = entities ?? [],
            Keywords = keywords ?? [],
            Events = events ?? [],
            Summary = [0],
        };
        return new AnalyzedArticle(article, analysis);
    }

    /// <summary>A direct quote of <paramref name="text"/>, located where it occurs in <paramref name="articleText"/> when it does.</summary>
    public static Quote Said(string speaker, string text, string articleText = "", string? surface = null)
    {
        var start = Math.Max(0, articleText.IndexOf(text, StringComparison.Ordinal));
        return new Quote(text, start, start + text.Length, QuoteKind.Direct, speaker, surface ?? speaker, "said", 0.9, 0);
    }

    public static Entity Person(string name, params string[] aliases) =>
        new(name, EntityKind.Person, aliases, null, 1 + aliases.Length);

    public static Entity Place(string name) => new(name, EntityKind.Place, [], null, 1);
}
