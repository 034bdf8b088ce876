using BriefingBot.Core.Analysis;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Time;

namespace BriefingBot.Core.Tests.Fakes;

/// <summary>Builds analyzed articles from sentences by hand, with offsets computed so they slice the text exactly.</summary>
internal sealed class ArticleFactory
{
    private readonly List<string> _sentences = [];
    private readonly List<(int Sentence, string Text, string? Speaker, QuoteKind Kind)> _quotes = [];
    private readonly List<(int Sentence, string Value, DatePrecision Precision)> _events = [];
    private readonly HashSet<string> _notEntities = new(StringComparer.Ordinal);

    public ArticleFactory Sentence(string text)
    {
        _sentences.Add(text);
        return this;
    }

    public ArticleFactory Quote(int sentence, string words, string? speaker, QuoteKind kind = QuoteKind.Direct)
    {
        _quotes.Add((sentence, words, speaker, kind));
        return this;
    }

    /// <summary>Attributes a quote to words the article does not name as a person or organisation (an attribution slip).</summary>
    public ArticleFactory QuoteByNonEntity(int sentence, string words, string speaker)
    {
        _notEntities.Add(speaker);
        return Quote(sentence, words, speaker);
    }

    public ArticleFactory Event(int sentence, string value, DatePrecision precision)
    {
        _events.Add((sentence, value, precision));
        return this;
    }

    public AnalyzedArticle Build(string id, string title, string? published, IReadOnlyList<int>? summary = null)
    {
        var text = string.Join(' ', _sentences);
        var spans = new List<TextSpan>();
        var at = 0;
        foreach (var s in _sentences)
        {
            spans.Add(new TextSpan(at, at + s.Length));
            at += s.Length + 1;
        }
        var quotes = _quotes.Select(q =>
        {
            var start = text.IndexOf(q.Text, spans[q.Sentence].Start, StringComparison.Ordinal);
            return new Quote(q.Text, start, start + q.Text.Length, q.Kind, q.Speaker, q.Speaker, "said", 0.9, q.Sentence);
        }).ToList();
        var events = _events.Select(e => new DatedEvent(e.Value, e.Precision, e.Sentence, _sentences[e.Sentence])).ToList();
        var analysis = TextAnalysis.Empty with
        {
            Sentences = spans,
            Quotes = quotes,
            Events = events,
            Entities = _quotes
                .Where(q => q.Speaker is not null && !_notEntities.Contains(q.Speaker))
                .Select(q => q.Speaker!)
                .Distinct(StringComparer.Ordinal)
                .Select(name => new Entity(name, EntityKind.Person, [name.Split(' ')[^1]], null, 1))
                .ToList(),
            Summary = summary ?? Enumerable.Range(0, spans.Count).ToList(),
        };
        var article = new Article
        {
            Id = id,
            Title = title,
            Text = text,
            Url = $"https://news.example/{id}",
            Source = "Example News",
            Published = published is null ? null : PartialDate.Parse(published),
            ContentHash = id + text.Length,
        };
        return new AnalyzedArticle(article, analysis);
    }
}
