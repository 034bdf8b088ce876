using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Slack;

/// <summary>Slack adapter settings, bound from the <c>Slack</c> configuration section. Secrets come from the environment (<c>Slack__SigningSecret</c>, <c>Slack__BotToken</c>).</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>The app's signing secret (Basic Information → App Credentials); every request is verified with it.</summary>
    [Required(ErrorMessage = "Slack:SigningSecret is required (environment variable Slack__SigningSecret).")]
    public string SigningSecret { get; set; } = string.Empty;

    /// <summary>The bot token (<c>xoxb-…</c>) for chat.postMessage; needed for mentions and digests, not for slash commands.</summary>
    public string? BotToken { get; set; }

    /// <summary>Base address of the Web API; tests point it at a loopback fake.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>How long a slash command may run before the adapter acks and answers through response_url instead (Slack allows 3 s in all).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.5", ErrorMessage = "Slack:InlineBudget must be between 00:00:00 and 00:00:02.5 (Slack gives up after 3 s).")]
    public TimeSpan InlineBudget { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Whether /brief, /quotes and /timeline answer in the channel (true) or only to the asking user.</summary>
    public bool PublicAnswers { get; set; } = true;

    /// <summary>Slack user ids allowed to manage channel digests.</summary>
    public IList<string> AdminUserIds { get; set; } = [];

    /// <summary>Also let workspace admins and owners manage digests (looked up with users.info; needs the <c>users:read</c> scope).</summary>
    public bool WorkspaceAdminsManageDigests { get; set; }

    /// <summary>How far a request timestamp may be from now before the request is refused as a replay.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Slack:SignatureWindow must be between 00:00:01 and 01:00:00.")]
    public TimeSpan SignatureWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The production response_url host, used when <see cref="AllowedResponseUrlHosts"/> is left empty.</summary>
    public const string SlackHooksHost = "hooks.slack.com";

    /// <summary>
    /// Hosts a response_url may point at (empty: <see cref="SlackHooksHost"/> only). Anything else is refused so a
    /// request cannot make the bot POST elsewhere. Starts empty because configuration binding appends to lists:
    /// a configured list replaces the default instead of extending it.
    /// </summary>
    public IList<string> AllowedResponseUrlHosts { get; set; } = [];

    /// <summary>Largest request body accepted; bigger ones get 413 before any work.</summary>
    [Range(1024, 4 * 1024 * 1024, ErrorMessage = "Slack:MaxBodyBytes must be between 1024 and 4194304.")]
    public int MaxBodyBytes { get; set; } = 128 * 1024;
}
