namespace BriefingBot.Core.Commands;

public enum ChatPlatform
{
    Discord,
    Slack,
    Cli,
}
