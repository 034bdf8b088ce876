namespace BriefingBot.Ingest.Reading;

/// <summary>The documents of one file (1 for txt/md/html, N for json/jsonl) and whatever could not be read.</summary>
public sealed record FileReadResult(string File, IReadOnlyList<ReadDocument> Documents, IReadOnlyList<FileProblem> Problems)
{
    /// <summary>True when at least one document was read and nothing failed.</summary>
    public bool Succeeded => Documents.Count > 0 && Problems.Count == 0;
}
