namespace BriefingBot.Nlp.Cleaning;

/// <summary>One line of the text: [Start, End) without the line break.</summary>
internal readonly record struct Line(int Start, int End)
{
    public int Length => End - Start;

    public bool IsBlank(string text) => text.AsSpan(Start, Length).IsWhiteSpace();

    public static List<Line> Split(string text, int from)
    {
        var lines = new List<Line>();
        var start = from;
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            lines.Add(new Line(start, end));
            start = i + 1;
        }
        lines.Add(new Line(start, text.Length));
        return lines;
    }
}
