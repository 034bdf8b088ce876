namespace BriefingBot.Ingest;

/// <summary>Where an ingest run is, for a progress bar: files are known up front, documents as they are read.</summary>
/// <param name="CurrentFile">The file whose documents are being written, or null before the first and after the last.</param>
public sealed record IngestProgress(
    int FilesDone,
    int FilesTotal,
    int Documents,
    int Added,
    int Updated,
    int Unchanged,
    int Failed,
    string? CurrentFile);
