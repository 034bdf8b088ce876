using System.Globalization;
using BriefingBot.Core.Analysis;
using BriefingBot.Evaluation.Dates;
using BriefingBot.Nlp.Temporal;

namespace BriefingBot.Evaluation;

/// <summary>
/// TempEval-3 scores of the temporal tagger on a gold TIMEX3 collection: relaxed span P/R/F1 (any
/// overlap), strict span F1, value F1 (a relaxed match with an equal normalized value), type accuracy;
/// over all types and over the DATE/TIME subset.
/// </summary>
public static class DateEvaluation
{
    private const int ExamplesPerCategory = 25;

    /// <summary>
    /// MEANTIME annotates only the first six sentences of each article (title, dateline, four body
    /// sentences; its gold text holds one sentence per line). Predictions further down were never
    /// judged, so they are neither rewarded nor counted as spurious.
    /// </summary>
    public const int AnnotatedLines = 6;

    /// <summary>Analyzes <paramref name="inputPath"/> (default: the gold file's sibling *.input.jsonl), scores against <paramref name="goldPath"/>, writes the report.</summary>
    public static EvaluationResult Run(string goldPath, string? inputPath, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        ArgumentNullException.ThrowIfNull(output);
        inputPath ??= Path.ChangeExtension(goldPath, null) + ".input.jsonl";
        var gold = TimexGoldDocument.ReadJsonLines(goldPath);
        var inputs = EvaluationDocument.ReadJsonLines(inputPath).ToDictionary(d => d.Id, StringComparer.Ordinal);

        var all = new TimexScores();
        var dateTime = new TimexScores();
        var missed = new List<(string Id, string Text, GoldTimex Timex)>();
        var spurious = new List<(string Id, string Text, GoldTimex Timex)>();
        var wrongValue = new List<(string Id, string Text, TimexMatch Match)>();
        foreach (var document in gold)
        {
            var input = inputs.GetValueOrDefault(document.Id);
            var text = input?.Text ?? document.Text;
            // The tagger is called directly (whole text, the input's DCT as document date) rather than
            // through the full pipeline, so the score measures tagging and normalization alone.
            var scoredEnd = AnnotatedEnd(text);
            var predicted = TemporalTagger.Tag(text, 0, input?.Published).Where(t => t.Start < scoredEnd).Select(ToScored).ToList();
            var alignment = TimexAlignment.Align(document.Timexes, predicted);
            all.Add(alignment, document.Timexes.Count, predicted.Count);
            var goldDt = document.Timexes.Where(t => t.IsDateOrTime).ToList();
            var predDt = predicted.Where(t => t.IsDateOrTime).ToList();
            dateTime.Add(TimexAlignment.Align(goldDt, predDt), goldDt.Count, predDt.Count);
            missed.AddRange(alignment.Missed.Select(t => (document.Id, text, t)));
            spurious.AddRange(alignment.Spurious.Select(t => (document.Id, text, t)));
            wrongValue.AddRange(alignment.Matches.Where(m => !m.ValueCorrect).Select(m => (document.Id, text, m)));
        }

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        all.Export("all", scores);
        dateTime.Export("date", scores);
        WriteTable(output, gold.Count, all, dateTime);
        WriteExamples(output, "Missed (gold not found)", missed.Select(x => $"{x.Id}: [{x.Timex.Type} {x.Timex.Value}] «{x.Timex.Text}» …{Context(x.Text, x.Timex)}…"));
        WriteExamples(output, "Spurious (predicted, not in gold)", spurious.Select(x => $"{x.Id}: [{x.Timex.Type} {x.Timex.Value}] «{x.Timex.Text}» …{Context(x.Text, x.Timex)}…"));
        WriteExamples(output, "Wrong value (expected vs got)", wrongValue.Select(x =>
            $"{x.Id}: «{x.Match.Gold.Text}» expected {x.Match.Gold.Type} {x.Match.Gold.Value}, got «{x.Match.Predicted.Text}» {x.Match.Predicted.Type} {x.Match.Predicted.Value} …{Context(x.Text, x.Match.Gold)}…"));
        return new EvaluationResult("dates", scores);
    }

    /// <summary>The end of the annotated region: the end of the <see cref="AnnotatedLines"/>th line.</summary>
    public static int AnnotatedEnd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = -1;
        for (var line = 0; line < AnnotatedLines; line++)
        {
            end = text.IndexOf('\n', end + 1);
            if (end < 0) return text.Length;
        }
        return end;
    }

    private static GoldTimex ToScored(TimeExpression t) => new(t.Start, t.End, t.Text, t.Type, t.Value);

    private static void WriteTable(TextWriter output, int documents, TimexScores all, TimexScores dateTime)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TempEval-3 temporal expressions: {documents} documents, first {AnnotatedLines} sentences (lines) of each scored"));
        output.WriteLine("subset      gold  pred | relaxed P   R     F1  | strict P    R     F1  | value P     R     F1  | type acc");
        foreach (var (name, s) in new[] { ("all", all), ("DATE/TIME", dateTime) })
        {
            var (rp, rr, rf) = s.Prf(s.Relaxed);
            var (sp, sr, sf) = s.Prf(s.Strict);
            var (vp, vr, vf) = s.Prf(s.Value);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-10} {s.Gold,5} {s.Predicted,5} | {rp,9:F3} {rr,5:F3} {rf,5:F3} | {sp,8:F3} {sr,5:F3} {sf,5:F3} | {vp,7:F3} {vr,5:F3} {vf,5:F3} | {TimexScores.Ratio(s.Type, s.Relaxed),8:F3}"));
        }
    }

    private static void WriteExamples(TextWriter output, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: {list.Count}"));
        foreach (var line in list.Take(ExamplesPerCategory)) output.WriteLine("  " + line);
        if (list.Count > ExamplesPerCategory) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … {list.Count - ExamplesPerCategory} more"));
    }

    private static string Context(string text, GoldTimex t)
    {
        var start = Math.Clamp(t.Start - 40, 0, text.Length);
        var end = Math.Clamp(t.End + 30, start, text.Length);
        return text[start..end].Replace('\n', ' ');
    }
}
