using System.Globalization;
using BriefingBot.Ingest.Reading;

namespace BriefingBot.Ingest;

/// <summary>What an ingest run did. Failures name the file (and line) with a reason a user can act on.</summary>
/// <param name="Files">Files that were read (skipped ones excluded).</param>
/// <param name="Unchanged">Documents whose content was already indexed (duplicates).</param>
/// <param name="Skipped">Hidden files, unknown extensions and README/ATTRIBUTION/LICENSE files met in folders.</param>
public sealed record IngestResult(
    int Files,
    int Added,
    int Updated,
    int Unchanged,
    int Skipped,
    IReadOnlyList<FileProblem> Failed,
    TimeSpan Elapsed)
{
    /// <summary>True when no document made it into the index (nothing added, updated or already there).</summary>
    public bool NothingIndexed => Added + Updated + Unchanged == 0;

    public override string ToString()
    {
        var counts = string.Create(CultureInfo.InvariantCulture,
            $"{Added} added, {Updated} updated, {Unchanged} unchanged, {Failed.Count} failed, {Skipped} skipped");
        return NothingIndexed ? $"nothing indexed ({counts})" : counts;
    }
}
