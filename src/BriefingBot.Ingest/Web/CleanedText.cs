namespace BriefingBot.Ingest.Web;

/// <summary>Text after <see cref="PageTextCleaner"/>, the author names found in bylines and name lists, and how many paragraphs went.</summary>
public sealed record CleanedText(string Text, IReadOnlyList<string> Authors, int RemovedParagraphs)
{
    /// <summary>A dateline date read from the top of the text before cleaning (bylines often carry it).</summary>
    public Core.Time.PartialDate? Dateline { get; init; }
}
