namespace BriefingBot.Core.Commands.Replies;

public enum MessageTone
{
    Info,
    Success,
    Error,
}
