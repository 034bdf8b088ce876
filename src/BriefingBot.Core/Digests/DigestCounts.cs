namespace BriefingBot.Core.Digests;

/// <summary>Row counts of a digest store, compared before and after a copy between engines.</summary>
public sealed record DigestCounts(long Subscriptions, long Deliveries);
