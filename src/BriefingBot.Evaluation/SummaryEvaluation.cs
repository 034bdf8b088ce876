using System.Globalization;
using BriefingBot.Core.Analysis;
using BriefingBot.Evaluation.Summaries;
using BriefingBot.Nlp;
using BriefingBot.Nlp.Summarization;

namespace BriefingBot.Evaluation;

/// <summary>
/// Summary quality as the data README defines it: ROUGE-1/2/L F1 of the pipeline's summary (as many sentences
/// as the reference holds) against the reference, macro-averaged over documents, always beside Lead-N.
/// </summary>
public static class SummaryEvaluation
{
    private const int WorstShown = 5;

    /// <summary>Analyzes <paramref name="inputPath"/> (default: the gold file's sibling *.input.jsonl), scores against <paramref name="goldPath"/>, writes the report.</summary>
    public static EvaluationResult Run(string goldPath, string? inputPath, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        ArgumentNullException.ThrowIfNull(output);
        var gold = SummaryGold.ReadJsonLines(goldPath);
        var documents = EvaluationDocument.ReadJsonLines(inputPath ?? SiblingInput(goldPath));
        var analyzer = new TextAnalyzer();

        var rows = new List<DocumentRow>();
        foreach (var document in documents)
        {
            if (!gold.TryGetValue(document.Id, out var expected) || expected.Reference.Count == 0) continue;
            var n = document.SummarySentences ?? expected.Reference.Count;
            var (sentences, summary) = Summarize(analyzer, document, n);
            var system = string.Join('\n', summary.OrderBy(i => i).Select(i => SentenceText(document.Text, sentences[i])));
            var lead = string.Join('\n', expected.Lead ?? LeadSentences(document, sentences, n));
            var reference = string.Join('\n', expected.Reference);
            rows.Add(new DocumentRow(document.Id, Rouge.Score(system, reference), Rouge.Score(lead, reference)));
        }

        var result = Summarize(rows);
        Report(rows, result, output);
        return result;
    }

    /// <summary>The pipeline's own sentences and summary: what the product shows is what gets scored.</summary>
    private static (IReadOnlyList<TextSpan> Sentences, IReadOnlyList<int> Summary) Summarize(TextAnalyzer analyzer, EvaluationDocument document, int n)
    {
        var analysis = analyzer.Analyze(document.ToInput()).Analysis;
        return (analysis.Sentences, analysis.Summary.Take(n).ToList());
    }

    /// <summary>The first <paramref name="n"/> body sentences, skipping a first sentence that repeats the title.</summary>
    private static IEnumerable<string> LeadSentences(EvaluationDocument document, IReadOnlyList<TextSpan> sentences, int n) =>
        sentences.Select(s => SentenceText(document.Text, s))
            .SkipWhile((s, i) => i == 0 && document.Title is { } title && string.Equals(s, title.Trim(), StringComparison.Ordinal))
            .Take(n);

    private static string SentenceText(string text, TextSpan span) => text[span.Start..span.End].Trim();

    private static string SiblingInput(string goldPath) =>
        goldPath.EndsWith(".gold.jsonl", StringComparison.Ordinal)
            ? goldPath[..^".gold.jsonl".Length] + ".input.jsonl"
            : throw new ArgumentException($"Cannot derive the input file from {goldPath}: pass it explicitly.", nameof(goldPath));

    private static EvaluationResult Summarize(List<DocumentRow> rows)
    {
        double Mean(Func<DocumentRow, double> pick) => rows.Count == 0 ? 0 : rows.Average(pick);
        return new EvaluationResult("summaries", new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["rouge1.f1"] = Mean(r => r.System.Rouge1),
            ["rouge2.f1"] = Mean(r => r.System.Rouge2),
            ["rougeL.f1"] = Mean(r => r.System.RougeL),
            ["lead.rouge1.f1"] = Mean(r => r.Lead.Rouge1),
            ["lead.rouge2.f1"] = Mean(r => r.Lead.Rouge2),
            ["lead.rougeL.f1"] = Mean(r => r.Lead.RougeL),
        });
    }

    private static void Report(List<DocumentRow> rows, EvaluationResult result, TextWriter output)
    {
        var s = result.Scores;
        output.WriteLine(Invariant($"Summaries: {rows.Count} documents, F1 macro-averaged"));
        output.WriteLine("metric    system   lead-N   delta");
        foreach (var metric in new[] { "rouge1", "rouge2", "rougeL" })
        {
            var system = s[metric + ".f1"];
            var lead = s["lead." + metric + ".f1"];
            output.WriteLine(Invariant($"{metric,-8}  {system,6:F4}   {lead,6:F4}   {system - lead,+7:+0.0000;-0.0000}"));
        }

        var losses = rows.Where(r => r.System.Mean < r.Lead.Mean).OrderBy(r => r.System.Mean - r.Lead.Mean).Take(WorstShown).ToList();
        output.WriteLine(Invariant($"Documents where the system loses to Lead-N: {rows.Count(r => r.System.Mean < r.Lead.Mean)}"));
        foreach (var row in losses)
        {
            output.WriteLine(Invariant(
                $"  {row.Id}: system R1 {row.System.Rouge1:F3} R2 {row.System.Rouge2:F3} RL {row.System.RougeL:F3}  lead R1 {row.Lead.Rouge1:F3} R2 {row.Lead.Rouge2:F3} RL {row.Lead.RougeL:F3}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record DocumentRow(string Id, RougeScores System, RougeScores Lead);
}
