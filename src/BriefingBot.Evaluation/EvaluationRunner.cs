namespace BriefingBot.Evaluation;

/// <summary>Entry point of <c>briefingbot eval quotes|dates|summaries</c> (placeholder until the harness lands).</summary>
public static class EvaluationRunner
{
    public static readonly IReadOnlyList<string> Kinds = ["quotes", "dates", "summaries"];

    /// <summary>Runs one evaluation and writes the report; returns the process exit code.</summary>
    public static int Run(string kind, string goldPath, string? inputPath, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"eval {kind}: not implemented yet");
        return 1;
    }
}
