namespace BriefingBot.Ingest.Sources;

/// <summary>An item of a source that could not be ingested, and why.</summary>
public sealed record ItemProblem(string Url, string Reason)
{
    public override string ToString() => $"{Url}: {Reason}";
}
