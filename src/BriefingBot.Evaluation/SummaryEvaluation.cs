namespace BriefingBot.Evaluation;

/// <summary>Placeholder until the summary metrics land.</summary>
public static class SummaryEvaluation
{
    /// <summary>Analyzes <paramref name="inputPath"/> (default: the gold file's sibling *.input.jsonl), scores against <paramref name="goldPath"/>, writes the report.</summary>
    public static EvaluationResult Run(string goldPath, string? inputPath, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("not implemented yet");
        return new EvaluationResult("summary", new Dictionary<string, double>());
    }
}
