namespace BriefingBot.Ingest.Reading;

/// <summary>Reads one file format. Implementations report bad input as problems and never throw for it.</summary>
internal interface IDocumentReader
{
    /// <summary>Lower-case extensions with the dot (".md").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Streams the documents of <paramref name="path"/>; <paramref name="maxBytes"/> caps a file (a line for JSON Lines).</summary>
    IEnumerable<ReadEntry> Read(string path, long maxBytes);
}
