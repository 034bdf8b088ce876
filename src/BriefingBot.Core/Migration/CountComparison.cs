namespace BriefingBot.Core.Migration;

/// <summary>One row kind counted on both sides after a copy.</summary>
/// <param name="Name">articles, quotes, entities, keywords, events, subscriptions or deliveries.</param>
public sealed record CountComparison(string Name, long Source, long Target)
{
    public bool Matches => Source == Target;
}
