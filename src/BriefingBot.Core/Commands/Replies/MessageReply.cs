namespace BriefingBot.Core.Commands.Replies;

/// <summary>Plain text: help, confirmations, refusals and errors. <see cref="Lines"/> are rendered one per line.</summary>
public sealed record MessageReply(string Title, IReadOnlyList<string> Lines, MessageTone Tone = MessageTone.Info, bool Ephemeral = true) : BotReply(Ephemeral)
{
    public static MessageReply Error(string title, params string[] lines) => new(title, lines, MessageTone.Error);
}
