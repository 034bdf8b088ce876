namespace BriefingBot.Evaluation.Dates;

/// <summary>Counts accumulated over documents and the TempEval-3 scores derived from them.</summary>
public sealed class TimexScores
{
    public int Gold { get; private set; }
    public int Predicted { get; private set; }
    public int Relaxed { get; private set; }
    public int Strict { get; private set; }
    public int Value { get; private set; }
    public int Type { get; private set; }

    public void Add(TimexAlignment alignment, int goldCount, int predictedCount)
    {
        ArgumentNullException.ThrowIfNull(alignment);
        Gold += goldCount;
        Predicted += predictedCount;
        Relaxed += alignment.Matches.Count;
        Strict += alignment.Matches.Count(m => m.Strict);
        Value += alignment.Matches.Count(m => m.ValueCorrect);
        Type += alignment.Matches.Count(m => m.TypeCorrect);
    }

    public static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    public static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    /// <summary>Precision, recall and F1 of a count of correct items (relaxed, strict or value matches).</summary>
    public (double Precision, double Recall, double F1) Prf(int correct)
    {
        var p = Ratio(correct, Predicted);
        var r = Ratio(correct, Gold);
        return (p, r, F1(p, r));
    }

    /// <summary>Adds "prefix.relaxed.f1", "prefix.value.precision"... to <paramref name="scores"/>.</summary>
    public void Export(string prefix, IDictionary<string, double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        foreach (var (name, correct) in new[] { ("relaxed", Relaxed), ("strict", Strict), ("value", Value) })
        {
            var (p, r, f) = Prf(correct);
            scores[$"{prefix}.{name}.precision"] = p;
            scores[$"{prefix}.{name}.recall"] = r;
            scores[$"{prefix}.{name}.f1"] = f;
        }
        scores[$"{prefix}.type.accuracy"] = Ratio(Type, Relaxed);
    }
}
