namespace BriefingBot.Discord.Rendering;

/// <summary><c>allowed_mentions</c>; BriefingBot only ever sends the empty parse list.</summary>
public sealed record DiscordAllowedMentions(IReadOnlyList<string> Parse)
{
    public static DiscordAllowedMentions None { get; } = new(Array.Empty<string>());
}
