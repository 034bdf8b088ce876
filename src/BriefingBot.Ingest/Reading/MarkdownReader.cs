namespace BriefingBot.Ingest.Reading;

/// <summary>
/// <c>.md</c>: YAML front matter (title, url, source, published, published_approximate, authors, id); the body
/// starts after the closing <c>---</c>. Without a front matter title, a leading <c># Heading</c> line is the title.
/// </summary>
internal sealed class MarkdownReader : WholeFileReader
{
    public override IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    public override IEnumerable<ReadEntry> Parse(string path, string text)
    {
        if (!FrontMatter.TryParse(text, out var frontMatter, out var reason)) return [ReadEntry.Failed(path, reason!)];
        var metadata = frontMatter?.Metadata ?? Metadata.Empty;
        var bodyStart = frontMatter?.End ?? 0;
        string? title = null;
        if (metadata.Title is null && TryFindFirstLine(text, bodyStart, out var lineStart, out var lineEnd, out var next)
            && text[lineStart] == '#')
        {
            title = text[lineStart..lineEnd].Trim().Trim('#').Trim();
            bodyStart = next;
        }
        if (text.AsSpan(bodyStart).IsWhiteSpace()) return [ReadEntry.Failed(path, "no article text after the front matter")];
        return [ReadEntry.Of(Document(path, text, bodyStart, metadata, string.IsNullOrEmpty(title) ? null : title))];
    }
}
