namespace BriefingBot.Ingest.Reading;

/// <summary>Base for formats read in one piece: loads the file with the shared checks, then parses the text.</summary>
internal abstract class WholeFileReader : IDocumentReader
{
    public abstract IReadOnlyCollection<string> Extensions { get; }

    public IEnumerable<ReadEntry> Read(string path, long maxBytes)
    {
        if (!SourceFile.TryLoad(path, maxBytes, out var text, out var reason)) return [ReadEntry.Failed(path, reason!)];
        return Parse(path, text);
    }

    /// <summary>Parses decoded text (BOM already removed).</summary>
    public abstract IEnumerable<ReadEntry> Parse(string path, string text);

    protected static ReadDocument Document(string path, string text, int bodyStart, Metadata metadata, string? title) => new()
    {
        File = path,
        Text = text,
        BodyStart = bodyStart,
        Title = title ?? metadata.Title,
        Url = metadata.Url,
        Source = metadata.Source,
        Id = metadata.Id,
        Published = metadata.Published,
        PublishedApproximate = metadata.PublishedApproximate,
        Authors = metadata.Authors,
        SummarySentences = metadata.SummarySentences,
        Warnings = metadata.Warnings,
    };

    /// <summary>Finds the first line holding more than whitespace at or after <paramref name="start"/>.</summary>
    protected static bool TryFindFirstLine(string text, int start, out int lineStart, out int lineEnd, out int next)
    {
        lineStart = start;
        while (lineStart < text.Length)
        {
            lineEnd = FrontMatter.LineEnd(text, lineStart, out next);
            if (!text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace()) return true;
            lineStart = next;
        }
        lineEnd = next = text.Length;
        return false;
    }
}
