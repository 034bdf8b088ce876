using BriefingBot.Core.Time;

namespace BriefingBot.Ingest.Reading;

/// <summary>
/// One document as read from a file, before analysis. <see cref="Text"/> is the text exactly as read (BOM removed;
/// for JSON the <c>text</c> field; for HTML the extracted main text), so offsets into it match the file's text.
/// </summary>
public sealed record ReadDocument
{
    public required string File { get; init; }
    /// <summary>1-based line of the document in a JSON Lines file, else null.</summary>
    public int? Line { get; init; }
    public required string Text { get; init; }
    /// <summary>Offset in <see cref="Text"/> where the body starts (after front matter or a title line).</summary>
    public int BodyStart { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    /// <summary>The id the source gave the document (JSON <c>id</c>, front matter <c>id</c>); reported, not used as the article id.</summary>
    public string? Id { get; init; }
    public PartialDate? Published { get; init; }
    public bool PublishedApproximate { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>How many summary sentences the document asks for (JSON <c>summarySentences</c>), else null.</summary>
    public int? SummarySentences { get; init; }
    /// <summary>Things worth a log line that did not stop the read (an unreadable date, say).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The text from <see cref="BodyStart"/> on.</summary>
    public string Body => Text[BodyStart..];
}
