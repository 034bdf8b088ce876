namespace BriefingBot.Evaluation;

/// <summary>The headline scores of one evaluation run (metric name → value in [0, 1]), as the ratchet compares them.</summary>
public sealed record EvaluationResult(string Kind, IReadOnlyDictionary<string, double> Scores);
