using BriefingBot.Core.Time;

namespace BriefingBot.Nlp.Temporal;

/// <summary>
/// What normalization needs besides the match: the document date, the dates already mentioned
/// (for "the following month"), and the tense around an expression (for "in January" or "on Tuesday").
/// </summary>
internal sealed class TimexContext(string text, DateRef? documentDate)
{
    private readonly List<DateRef> _mentioned = [];

    public string Text { get; } = text;

    public DateRef? Dct { get; } = documentDate;

    /// <summary>The most recent date mentioned before this point that is at least as fine as <paramref name="precision"/>.</summary>
    public DateRef? Previous(DatePrecision precision)
    {
        for (var i = _mentioned.Count - 1; i >= 0; i--)
        {
            if (_mentioned[i].Precision >= precision && _mentioned[i].Precision <= DatePrecision.Day) return _mentioned[i];
        }
        return null;
    }

    /// <summary>The most recent date mentioned, whatever its precision ("a week later" continues from it).</summary>
    public DateRef? Latest() => _mentioned.Count > 0 ? _mentioned[^1] : null;

    /// <summary>The most recent day mentioned, else the document date (what "the day" and clock times refer to).</summary>
    public DateRef? CurrentDay()
    {
        for (var i = _mentioned.Count - 1; i >= 0; i--)
        {
            if (_mentioned[i].Precision == DatePrecision.Day) return _mentioned[i];
        }
        return Dct;
    }

    public void Remember(DateRef reference) => _mentioned.Add(reference);

    /// <summary>True when the clause around [start, end) speaks of the future ("will", "is due to", "scheduled").</summary>
    public bool IsFuture(int start, int end)
    {
        var clauseStart = start;
        while (clauseStart > 0 && start - clauseStart < 140 && !IsBoundary(Text[clauseStart - 1])) clauseStart--;
        var clauseEnd = end;
        while (clauseEnd < Text.Length && clauseEnd - end < 50 && !IsBoundary(Text[clauseEnd]) && Text[clauseEnd] != ',') clauseEnd++;
        var before = Text.AsSpan(clauseStart, start - clauseStart);
        // "X said Tuesday it will ..." : a reporting verb right before the date governs it.
        var near = before.Length > 24 ? before[^24..] : before;
        if (TimexPatterns.PastReporting().IsMatch(near)) return false;
        if (TimexPatterns.FutureCue().IsMatch(before)) return true;
        var after = Text.AsSpan(end, clauseEnd - end);
        return TimexPatterns.FutureCue().IsMatch(after) && !TimexPatterns.PastReporting().IsMatch(after);
    }

    /// <summary>True when the clause before [start, end) is in the past tense and nothing in it looks ahead.</summary>
    public bool IsPast(int start, int end)
    {
        if (IsFuture(start, end)) return false;
        var clauseStart = start;
        while (clauseStart > 0 && start - clauseStart < 140 && !IsBoundary(Text[clauseStart - 1])) clauseStart--;
        var clauseEnd = end;
        while (clauseEnd < Text.Length && clauseEnd - end < 60 && !IsBoundary(Text[clauseEnd])) clauseEnd++;
        return TimexPatterns.PastCue().IsMatch(Text.AsSpan(clauseStart, clauseEnd - clauseStart));
    }

    private static bool IsBoundary(char c) => c is '.' or '!' or '?' or '\n' or ';';
}
