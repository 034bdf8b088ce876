namespace BriefingBot.Nlp.Quotes;

/// <summary>Text between quotation marks: [Start, End) is the content without the marks; Open/Close are the mark offsets (Close -1 when the paragraph ended first).</summary>
internal sealed record MarkedSpan(int Open, int Close, int Start, int End, bool ContinuesPrevious)
{
    /// <summary>Offset just after the closing mark (or the content end when unclosed).</summary>
    public int After => Close >= 0 ? Close + 1 : End;
}
