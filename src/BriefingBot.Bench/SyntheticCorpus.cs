using System.Text;

namespace BriefingBot.Bench;

/// <summary>
/// A deterministic generator of realistic synthetic news articles for benchmarks: an invented world of people (with
/// titles, roles and genders for pronouns), organisations, places and overlapping topics; direct, multi-sentence,
/// partial and indirect quotes; dates in many TIMEX forms; about 5 KB per article; optional trailing boilerplate.
/// The same (articles, seed) always gives the same bytes, on any machine.
/// </summary>
public static class SyntheticCorpus
{
    public const int DefaultSeed = 42;

    /// <summary>Streams <paramref name="articles"/> articles as JSON Lines in the ingest format (id, title, url, source, published, authors, text).</summary>
    public static void Write(TextWriter writer, int articles, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfNegative(articles);
        var composer = new ArticleComposer();
        for (var i = 0; i < articles; i++)
        {
            composer.Compose(Rng.ForArticle(seed, i));
            JsonLine.Write(writer, Id(seed, i), composer);
        }
    }

    /// <summary>Writes the corpus to <paramref name="path"/> (UTF-8 without BOM, created or replaced); what <c>bench generate</c> calls.</summary>
    public static void WriteFile(string path, int articles, int seed = DefaultSeed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        Write(writer, articles, seed);
    }

    /// <summary>The same articles as <see cref="Write"/>, as objects (for in-process benchmarks; no JSON round trip).</summary>
    public static IEnumerable<SyntheticArticle> Generate(int articles, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(articles);
        return GenerateIterator(articles, seed);
    }

    private static IEnumerable<SyntheticArticle> GenerateIterator(int articles, int seed)
    {
        var composer = new ArticleComposer();
        for (var i = 0; i < articles; i++)
        {
            composer.Compose(Rng.ForArticle(seed, i));
            var id = Id(seed, i);
            yield return new SyntheticArticle(
                id, composer.Title.ToString(), JsonLine.Url(composer, id), composer.Source, composer.Published,
                composer.Authors, composer.Text.ToString());
        }
    }

    private static string Id(int seed, int index) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"syn-{seed}-{index:D7}");
}
