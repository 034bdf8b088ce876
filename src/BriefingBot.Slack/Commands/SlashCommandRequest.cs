using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace BriefingBot.Slack.Commands;

/// <summary>The fields of a slash command POST the bot uses.</summary>
internal sealed record SlashCommandRequest(string Command, string Text, string? TeamId, string ChannelId, string UserId, string? ResponseUrl)
{
    /// <summary>Parses a verified form body; null when a required field is missing.</summary>
    public static SlashCommandRequest? Parse(byte[] body)
    {
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        string? Get(string key) => form.TryGetValue(key, out var v) && v.Count > 0 ? v[0] : null;
        var command = Get("command");
        var channel = Get("channel_id");
        var user = Get("user_id");
        if (string.IsNullOrWhiteSpace(command) || string.IsNullOrWhiteSpace(channel) || string.IsNullOrWhiteSpace(user)) return null;
        return new SlashCommandRequest(command, Get("text") ?? string.Empty, Get("team_id"), channel, user, Get("response_url"));
    }

    /// <summary>Slack's connectivity probe (<c>ssl_check=1</c>); it carries no command and needs no answer body.</summary>
    public static bool IsSslCheck(byte[] body)
    {
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        return form.TryGetValue("ssl_check", out var v) && v.Count > 0 && v[0] == "1";
    }
}
