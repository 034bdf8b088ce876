using System.Globalization;
using System.Text.Json;

namespace BriefingBot.Evaluation.Tests.Ratchet;

/// <summary>
/// Fails when a score drops below the value recorded in the repo (Ratchet/&lt;kind&gt;.json, metric → value).
/// Raise the recorded values when quality improves; never lower them to make a change pass.
/// </summary>
internal static class RatchetAssert
{
    private const double Tolerance = 1e-4;

    public static void AtLeastRecorded(EvaluationResult result)
    {
        var file = DevData.RatchetFile(result.Kind);
        Assert.True(File.Exists(file), $"No ratchet file {file}: record the current scores there.");
        var recorded = JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(file))
            ?? throw new InvalidDataException(file);
        Assert.NotEmpty(recorded);
        var drops = recorded
            .Where(r => !result.Scores.TryGetValue(r.Key, out var now) || now < r.Value - Tolerance)
            .Select(r => string.Create(CultureInfo.InvariantCulture,
                $"{r.Key}: recorded {r.Value:F4}, now {(result.Scores.TryGetValue(r.Key, out var n) ? n.ToString("F4", CultureInfo.InvariantCulture) : "missing")}"))
            .ToList();
        Assert.True(drops.Count == 0, "Scores dropped below the ratchet:\n" + string.Join('\n', drops));
    }
}
