namespace BriefingBot.Core.Commands.Replies;

/// <summary>A platform-neutral answer; each adapter renders it within its platform's limits.</summary>
/// <param name="Ephemeral">Only the asking user sees it (errors, help, management answers).</param>
public abstract record BotReply(bool Ephemeral);
