using System.ComponentModel.DataAnnotations;
using BriefingBot.Ingest.Reading;

namespace BriefingBot.Ingest;

/// <summary>Settings of file ingest, bound from the <c>Ingest</c> configuration section.</summary>
public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>Files larger than this are refused by name (for JSON Lines: each line). Default 20 MB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = DocumentReaders.DefaultMaxBytes;

    /// <summary>How many documents are analyzed at once; writes to the index stay sequential. Default 2.</summary>
    [Range(1, 64)]
    public int MaxParallelAnalyses { get; set; } = 2;
}
