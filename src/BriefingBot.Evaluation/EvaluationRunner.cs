namespace BriefingBot.Evaluation;

/// <summary>Entry point of <c>briefingbot eval quotes|dates|summaries &lt;gold&gt; [--input file]</c>.</summary>
public static class EvaluationRunner
{
    public static readonly IReadOnlyList<string> Kinds = ["quotes", "dates", "summaries"];

    /// <summary>Runs one evaluation and writes the report.</summary>
    public static EvaluationResult Run(string kind, string goldPath, string? inputPath, TextWriter output) => kind switch
    {
        "quotes" => QuoteEvaluation.Run(goldPath, inputPath, output),
        "dates" => DateEvaluation.Run(goldPath, inputPath, output),
        "summaries" => SummaryEvaluation.Run(goldPath, inputPath, output),
        _ => throw new ArgumentException($"Unknown evaluation '{kind}': use {string.Join(", ", Kinds)}.", nameof(kind)),
    };
}
