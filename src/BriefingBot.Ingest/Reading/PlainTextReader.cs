namespace BriefingBot.Ingest.Reading;

/// <summary>
/// <c>.txt</c>: optional YAML front matter; unless it gives a title, the first non-empty line is the title and the
/// body starts on the next line.
/// </summary>
internal sealed class PlainTextReader : WholeFileReader
{
    public override IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    public override IEnumerable<ReadEntry> Parse(string path, string text)
    {
        if (!FrontMatter.TryParse(text, out var frontMatter, out var reason)) return [ReadEntry.Failed(path, reason!)];
        var metadata = frontMatter?.Metadata ?? Metadata.Empty;
        var bodyStart = frontMatter?.End ?? 0;
        string? title = null;
        if (metadata.Title is null && TryFindFirstLine(text, bodyStart, out var lineStart, out var lineEnd, out var next))
        {
            title = text[lineStart..lineEnd].Trim();
            bodyStart = next;
        }
        if (text.AsSpan(bodyStart).IsWhiteSpace())
        {
            return [ReadEntry.Failed(path, title is null ? "no article text" : "no article text after the title line")];
        }
        return [ReadEntry.Of(Document(path, text, bodyStart, metadata, title))];
    }
}
