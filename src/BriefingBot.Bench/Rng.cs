namespace BriefingBot.Bench;

/// <summary>
/// SplitMix64: tiny, fast and specified bit for bit, so a corpus is the same on every runtime and machine
/// (System.Random's seeded sequence is an implementation detail we do not want a benchmark to depend on).
/// </summary>
internal sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    /// <summary>An independent stream for one article, so article i never depends on how article i-1 was drawn.</summary>
    public static Rng ForArticle(int seed, int index) =>
        new(Mix(((ulong)(uint)seed << 32) ^ (uint)index ^ 0x9E3779B97F4A7C15UL));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, max); the modulo bias is irrelevant at these sizes.</summary>
    public int Next(int max) => (int)((NextUInt64() >> 33) % (ulong)max);

    public int Next(int min, int max) => min + Next(max - min);

    /// <summary>True with probability <paramref name="percent"/>/100.</summary>
    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
