namespace BriefingBot.Evaluation.Dates;

/// <summary>A gold expression paired with the prediction that overlaps it (one-to-one).</summary>
public sealed record TimexMatch(GoldTimex Gold, GoldTimex Predicted)
{
    public bool Strict => Gold.Start == Predicted.Start && Gold.End == Predicted.End;

    public bool ValueCorrect => string.Equals(Gold.Value, Predicted.Value, StringComparison.OrdinalIgnoreCase);

    public bool TypeCorrect => string.Equals(Gold.Type, Predicted.Type, StringComparison.OrdinalIgnoreCase);
}
