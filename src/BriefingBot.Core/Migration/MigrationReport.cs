namespace BriefingBot.Core.Migration;

/// <summary>What a migration copied, and the row counts of both sides afterwards.</summary>
public sealed record MigrationReport(
    ImportTally Articles,
    ImportTally Subscriptions,
    ImportTally Deliveries,
    IReadOnlyList<CountComparison> Counts)
{
    /// <summary>True when both sides hold as many rows of every kind: the promise of a lossless copy.</summary>
    public bool CountsMatch => Counts.All(c => c.Matches);
}
