using BriefingBot.Discord.Interactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Discord;

public static class DiscordEndpointRouteBuilderExtensions
{
    /// <summary>The path Discord's "Interactions Endpoint URL" should point at.</summary>
    public const string DefaultPattern = "/discord/interactions";

    /// <summary>
    /// Maps <c>POST /discord/interactions</c> when Discord is configured (<see cref="DiscordConfiguration.IsEnabled"/>);
    /// otherwise maps nothing, so an instance without Discord answers 404. Requires <see cref="DiscordServiceCollectionExtensions.AddDiscordInteractions"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var configuration = endpoints.ServiceProvider.GetRequiredService<IConfiguration>();
        if (!DiscordConfiguration.IsEnabled(configuration)) return endpoints;
        endpoints.MapPost(pattern, (HttpContext http, DiscordInteractionHandler handler) => handler.HandleAsync(http))
            .WithName("DiscordInteractions")
            .ExcludeFromDescription();
        return endpoints;
    }
}
