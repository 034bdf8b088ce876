using BriefingBot.Core.Analysis;
using BriefingBot.Nlp.Cleaning;
using BriefingBot.Nlp.Entities;
using BriefingBot.Nlp.Quotes;
using BriefingBot.Nlp.Sentences;
using BriefingBot.Nlp.Summarization;
using BriefingBot.Nlp.Temporal;

namespace BriefingBot.Nlp;

/// <summary>
/// The preprocessing pipeline: clean → sentences → entities → quotes → publication date → time expressions →
/// dated events → summary → keywords. Every stage reads the cleaned copy of the text, in which boilerplate is
/// blanked with spaces, so all offsets point into the original text.
/// </summary>
public sealed class TextAnalyzer : ITextAnalyzer
{
    private const int DefaultSummarySentences = 5;
    private const int KeywordCount = 10;

    public DocumentAnalysis Analyze(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var original = input.Text ?? string.Empty;
        var bodyStart = Math.Clamp(input.BodyStart, 0, original.Length);
        var cleaned = BoilerplateCleaner.Clean(original, bodyStart);
        var text = cleaned.Text;

        var sentences = SentenceSplitter.Split(text, bodyStart);
        var entities = EntityRecognizer.Recognize(text, sentences);
        var quotes = QuoteExtractor.Extract(text, bodyStart, sentences, entities);

        var published = input.Published;
        var inferred = false;
        if (published is null)
        {
            published = PublicationDateInferrer.Infer(text, bodyStart);
            inferred = published is not null;
        }

        var timexes = TemporalTagger.Tag(text, bodyStart, published);
        var events = DatedEventBuilder.Build(text, sentences, timexes);
        var summary = Summarizer.Summarize(text, sentences, input.SummarySentences ?? DefaultSummarySentences);
        var keywords = KeywordExtractor.Extract(text, sentences, entities.Entities, KeywordCount);

        var analysis = new TextAnalysis
        {
            Sentences = sentences,
            Entities = entities.Entities,
            Quotes = quotes,
            Timexes = timexes,
            Events = events,
            Summary = summary,
            Keywords = keywords,
            BoilerplateRemoved = cleaned.Removed,
            Truncated = cleaned.Truncated,
        };
        return new DocumentAnalysis(analysis, published, inferred);
    }
}
