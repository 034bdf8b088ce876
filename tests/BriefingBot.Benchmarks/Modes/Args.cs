using System.Globalization;

namespace BriefingBot.Benchmarks.Modes;

/// <summary><c>--name value</c> options; a name may repeat or take several values (<c>--input a b</c>).</summary>
internal sealed class Args
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public static Args Parse(IReadOnlyList<string> args)
    {
        var parsed = new Args();
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                if (!parsed._values.ContainsKey(name)) parsed._values[name] = [];
            }
            else if (name is null)
            {
                throw new ArgumentException($"Unexpected argument '{arg}'.");
            }
            else
            {
                parsed._values[name].Add(arg);
            }
        }
        return parsed;
    }

    public string? Get(string name) => _values.TryGetValue(name, out var v) && v.Count > 0 ? v[^1] : null;

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var v) ? v : [];

    public string Required(string name) => Get(name) ?? throw new ArgumentException($"--{name} is required.");

    public int Int(string name, int fallback)
    {
        var text = Get(name);
        if (text is null) return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new ArgumentException($"--{name} must be a non-negative whole number, not '{text}'.");
    }

    public IReadOnlyList<string> List(string name, IReadOnlyList<string> fallback) =>
        Get(name) is { } text ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : fallback;
}
