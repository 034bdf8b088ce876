namespace BriefingBot.Ingest.Sources;

/// <summary>What one round of <see cref="SourceService.PollDueAsync"/> did: one result per source this instance leased.</summary>
public sealed record SourcePollSummary(IReadOnlyList<SourcePollResult> Results)
{
    public int Added => Results.Sum(r => r.Added);

    public int Failed => Results.Count(r => !r.Succeeded);
}
