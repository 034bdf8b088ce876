using System.Text.Json;
using BriefingBot.Bench;
using BriefingBot.Core.Time;

namespace BriefingBot.Benchmarks.Pipeline;

/// <summary>Article texts for profiles: synthetic ones, or the <c>text</c>/<c>published</c> of a JSON Lines file.</summary>
public static class CorpusLoader
{
    public static IReadOnlyList<(string Text, PartialDate? Published)> Synthetic(int articles, int seed = SyntheticCorpus.DefaultSeed) =>
        SyntheticCorpus.Generate(articles, seed).Select(a => (a.Text, (PartialDate?)PartialDate.FromDate(a.Published))).ToList();

    public static IReadOnlyList<(string Text, PartialDate? Published)> JsonLines(string path)
    {
        var result = new List<(string, PartialDate?)>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (!root.TryGetProperty("text", out var text) || text.GetString() is not { } body) continue;
            PartialDate? published = null;
            foreach (var name in new[] { "published", "dct" })
            {
                if (root.TryGetProperty(name, out var value) && PartialDate.TryParse(value.GetString(), out var date))
                {
                    published = date;
                    break;
                }
            }
            result.Add((body, published));
        }
        return result;
    }

    /// <summary>The 144-article Wikinews sample, found from the working directory upwards (null when absent).</summary>
    public static string? FindWikinews()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "corpus", "wikinews_ccby_144.jsonl");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
