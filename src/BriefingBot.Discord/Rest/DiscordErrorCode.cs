namespace BriefingBot.Discord.Rest;

/// <summary>The JSON error codes BriefingBot reacts to; any other code is kept as its number.</summary>
public enum DiscordErrorCode
{
    None = 0,
    UnknownChannel = 10003,
    UnknownInteraction = 10062,
    InteractionAlreadyAcknowledged = 40060,
    MissingAccess = 50001,
    MissingPermissions = 50013,
    InvalidWebhookToken = 50027,
    InvalidFormBody = 50035,
}
