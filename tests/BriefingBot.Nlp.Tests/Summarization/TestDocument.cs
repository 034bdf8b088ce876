using BriefingBot.Core.Analysis;

namespace BriefingBot.Nlp.Tests.Summarization;

/// <summary>Builds a text and its sentence spans from sentences written for the tests.</summary>
internal sealed record TestDocument(string Text, IReadOnlyList<TextSpan> Sentences)
{
    public static TestDocument Of(params string[] sentences) => WithHeadline(null, sentences);

    /// <summary>A headline line, a blank line, then the body; the headline is sentence 0 as a splitter would return it.</summary>
    public static TestDocument WithHeadline(string? headline, params string[] sentences)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        if (headline is not null)
        {
            spans.Add(new TextSpan(0, headline.Length));
            text.Append(headline).Append("\n\n");
        }
        foreach (var sentence in sentences)
        {
            if (text.Length > 0 && text[^1] != '\n') text.Append(' ');
            spans.Add(new TextSpan(text.Length, text.Length + sentence.Length));
            text.Append(sentence);
        }
        return new TestDocument(text.ToString(), spans);
    }
}
