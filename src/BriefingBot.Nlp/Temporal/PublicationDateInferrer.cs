using System.Text.RegularExpressions;
using BriefingBot.Core.Time;

namespace BriefingBot.Nlp.Temporal;

/// <summary>
/// Estimates when a text was written when no metadata says so: a dateline near the top
/// ("March 3, 2008 --", a date alone on a line), else the latest full date the text speaks of in the
/// past or present, else the latest year it mentions. Null when the text names no date.
/// </summary>
public static partial class PublicationDateInferrer
{
    private const int DatelineWindow = 400;

    public static PartialDate? Infer(string text, int bodyStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        bodyStart = Math.Clamp(bodyStart, 0, text.Length);
        var context = new TimexContext(text, null);
        var tagged = TemporalTagger.TagResolved(text, bodyStart, context);
        var absolute = tagged.Where(t => t.Expression.Anchor is null && t.Resolution.Reference is { } r && r.Precision <= DatePrecision.Day && t.Expression.Type == "DATE").ToList();

        foreach (var (expression, resolution) in absolute)
        {
            if (expression.Start - bodyStart > DatelineWindow) break;
            if (resolution.Reference is { Precision: DatePrecision.Day } day && IsDateline(text, expression.Start, expression.End)) return ToPartial(day);
        }

        PartialDate? latestDay = null, latestYear = null;
        foreach (var (expression, resolution) in absolute)
        {
            if (context.IsFuture(expression.Start, expression.End)) continue;
            var reference = resolution.Reference!.Value;
            if (reference.Precision == DatePrecision.Day && (latestDay is null || ToPartial(reference) > latestDay)) latestDay = ToPartial(reference);
            if (reference.Precision == DatePrecision.Year && (latestYear is null || reference.Year4 > latestYear.Value.Year)) latestYear = new PartialDate(reference.Year4);
        }
        return latestDay ?? latestYear;
    }

    private static PartialDate ToPartial(DateRef r) => new(r.Date.Year, r.Date.Month, r.Date.Day);

    /// <summary>A date alone on its line, or followed by a dash or colon that opens the story.</summary>
    private static bool IsDateline(string text, int start, int end)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start > 0 && text[start - 1] != '\n' && lineStart < start && !string.IsNullOrWhiteSpace(text[lineStart..start]) && !DatelinePrefix().IsMatch(text[lineStart..start])) return false;
        var lineEnd = text.IndexOf('\n', end);
        var rest = (lineEnd < 0 ? text[end..] : text[end..lineEnd]).Trim();
        return rest.Length == 0 || DatelineSeparator().IsMatch(rest);
    }

    // "WASHINGTON, " or "(Reuters) " before a dateline.
    [GeneratedRegex("^\\s*(?:[A-Z][A-Za-z .]+,\\s*|\\([A-Za-z ]+\\)\\s*|Published:?\\s*|Posted:?\\s*|Updated:?\\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePrefix();

    [GeneratedRegex("^(?:--|—|–|-|:|\\()", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineSeparator();
}
