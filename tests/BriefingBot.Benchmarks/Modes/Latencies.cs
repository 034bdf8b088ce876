using System.Globalization;

namespace BriefingBot.Benchmarks.Modes;

/// <summary>Latency samples in milliseconds and their nearest-rank percentiles.</summary>
internal sealed class Latencies
{
    private readonly List<double> _ms = [];

    public int Count => _ms.Count;

    public void Add(TimeSpan elapsed) => _ms.Add(elapsed.TotalMilliseconds);

    public void AddRange(Latencies other) => _ms.AddRange(other._ms);

    public double Percentile(double p)
    {
        if (_ms.Count == 0) return double.NaN;
        var sorted = _ms.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"n={Count} mean={(_ms.Count == 0 ? double.NaN : _ms.Average()):F2} p50={Percentile(50):F2} p95={Percentile(95):F2} p99={Percentile(99):F2} max={(_ms.Count == 0 ? double.NaN : _ms.Max()):F2} ms");
}
