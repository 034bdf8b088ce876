namespace BriefingBot.Discord;

/// <summary>
/// Settings of the Discord adapter, bound from the <c>Discord</c> configuration section.
/// Secrets (<see cref="BotToken"/>) come from environment variables (<c>Discord__BotToken</c>) or user secrets.
/// </summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The application (client) id, a snowflake such as <c>1180000000000000000</c>.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The application's Ed25519 public key: 64 hexadecimal characters (32 bytes), from the developer portal.</summary>
    public string? PublicKey { get; set; }

    /// <summary>The bot token; needed to register commands and to post digests, not to answer interactions.</summary>
    public string? BotToken { get; set; }

    /// <summary>Base URL of the REST API; tests point it at a fake.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>How long to wait for an answer before deferring (type 5). Discord invalidates the token after 3 s.</summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>How far <c>X-Signature-Timestamp</c> may be from our clock; older requests are replays.</summary>
    public TimeSpan SignatureWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest interaction body accepted, in bytes; larger requests get 413.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;
}
