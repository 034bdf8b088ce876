using System.Reflection;
using BriefingBot.Core.Analysis;
using BriefingBot.Nlp;

namespace BriefingBot.Benchmarks.Pipeline;

/// <summary>
/// The stages of <see cref="TextAnalyzer"/>, callable one by one. Cleaning, sentence splitting, entities and quotes
/// are internal to BriefingBot.Nlp (or not merged yet) and are being reworked in parallel, so they are bound by name
/// at run time: the profile then runs against whatever pipeline exists and reports a missing stage instead of breaking
/// the build. Reflection costs well under a microsecond per call, noise next to the stages themselves.
/// </summary>
public sealed class PipelineStages
{
    private const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
    private readonly MethodInfo? _clean;
    private readonly MethodInfo? _split;
    private readonly MethodInfo? _recognize;
    private readonly MethodInfo? _extract;

    public PipelineStages()
    {
        var nlp = typeof(TextAnalyzer).Assembly;
        _clean = nlp.GetType("BriefingBot.Nlp.Cleaning.BoilerplateCleaner")?.GetMethod("Clean", Static, [typeof(string), typeof(int)]);
        _split = nlp.GetType("BriefingBot.Nlp.Sentences.SentenceSplitter")?.GetMethod("Split", Static, [typeof(string), typeof(int)]);
        _recognize = nlp.GetType("BriefingBot.Nlp.Entities.EntityRecognizer")?.GetMethod("Recognize", Static);
        _extract = nlp.GetType("BriefingBot.Nlp.Quotes.QuoteExtractor")?.GetMethod("Extract", Static);
    }

    /// <summary>Stages not found in this build of BriefingBot.Nlp (their fallbacks are used and they time near zero).</summary>
    public IReadOnlyList<string> Missing =>
        new[] { ("cleaning", _clean), ("sentences", _split), ("entities", _recognize), ("quotes", _extract) }
            .Where(s => s.Item2 is null).Select(s => s.Item1).ToList();

    /// <summary>The cleaned text (boilerplate blanked); the input itself when there is no cleaner.</summary>
    public string Clean(string text)
    {
        if (_clean?.Invoke(null, [text, 0]) is not { } cleaned) return text;
        return cleaned.GetType().GetProperty("Text")?.GetValue(cleaned) as string ?? text;
    }

    /// <summary>Sentence spans; a naive full-stop split when there is no splitter, so later stages still get sentences.</summary>
    public IReadOnlyList<TextSpan> Sentences(string text)
    {
        if (_split?.Invoke(null, [text, 0]) is IReadOnlyList<TextSpan> spans) return spans;
        var result = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '\n' && i + 1 - start > 1)
            {
                result.Add(new TextSpan(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.Length) result.Add(new TextSpan(start, text.Length));
        return result;
    }

    /// <summary>The pipeline's opaque entity analysis (null when there is no recognizer).</summary>
    public object? Entities(string text, IReadOnlyList<TextSpan> sentences) => _recognize?.Invoke(null, [text, sentences]);

    public IReadOnlyList<Entity> EntityList(object? entities) =>
        entities?.GetType().GetProperty("Entities")?.GetValue(entities) as IReadOnlyList<Entity> ?? [];

    public IReadOnlyList<Quote> Quotes(string text, IReadOnlyList<TextSpan> sentences, object? entities) =>
        _extract is null || entities is null ? [] : _extract.Invoke(null, [text, 0, sentences, entities]) as IReadOnlyList<Quote> ?? [];
}
