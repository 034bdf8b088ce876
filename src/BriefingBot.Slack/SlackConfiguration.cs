using Microsoft.Extensions.Configuration;

namespace BriefingBot.Slack;

/// <summary>Whether this instance serves Slack at all.</summary>
public static class SlackConfiguration
{
    /// <summary>True when a signing secret is configured (<c>Slack:SigningSecret</c>); without one the Slack endpoints are not registered.</summary>
    public static bool IsEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[$"{SlackOptions.SectionName}:{nameof(SlackOptions.SigningSecret)}"]);
    }
}
