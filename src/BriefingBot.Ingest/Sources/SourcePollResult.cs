using System.Globalization;
using BriefingBot.Core.Sources;

namespace BriefingBot.Ingest.Sources;

/// <summary>What one fetch of a feed or page did.</summary>
/// <param name="Error">Why the source itself failed (nothing was read); null when it was read.</param>
/// <param name="NotModified">The server answered 304 to a conditional GET.</param>
/// <param name="ItemFailures">Items of a readable feed that could not be ingested (a linked page failed, say).</param>
public sealed record SourcePollResult(
    string Url,
    SourceKind Kind,
    int Added,
    int Updated,
    int Unchanged,
    int Duplicates,
    int Seen,
    bool NotModified,
    string? Error,
    IReadOnlyList<ItemProblem> ItemFailures)
{
    public bool Succeeded => Error is null;

    /// <summary>The feed's title, when it has one.</summary>
    public string? Title { get; init; }

    internal static SourcePollResult Failure(string url, SourceKind kind, string error) => new(url, kind, 0, 0, 0, 0, 0, false, error, []);

    public override string ToString() => Error is not null
        ? $"{Url}: failed: {Error}"
        : NotModified
            ? $"{Url}: not modified"
            : string.Create(CultureInfo.InvariantCulture,
                $"{Url}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Duplicates} duplicates, {Seen} already seen, {ItemFailures.Count} failed");
}
