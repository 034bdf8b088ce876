namespace BriefingBot.Evaluation.Summaries;

/// <summary>F1 values of one summary against its reference.</summary>
public readonly record struct RougeScores(double Rouge1, double Rouge2, double RougeL)
{
    public double Mean => (Rouge1 + Rouge2 + RougeL) / 3;
}
