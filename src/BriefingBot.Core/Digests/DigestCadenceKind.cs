namespace BriefingBot.Core.Digests;

public enum DigestCadenceKind
{
    Daily,
    Weekdays,
    Cron,
}
