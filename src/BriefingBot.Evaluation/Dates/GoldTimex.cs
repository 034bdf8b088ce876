namespace BriefingBot.Evaluation.Dates;

/// <summary>One annotated (or predicted) temporal expression as the scorer sees it: a span, a TIMEX3 type and value.</summary>
public sealed record GoldTimex(int Start, int End, string Text, string Type, string Value)
{
    public bool Overlaps(GoldTimex other) => Start < other.End && other.Start < End;

    public int Overlap(GoldTimex other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    public bool IsDateOrTime => Type is "DATE" or "TIME";
}
