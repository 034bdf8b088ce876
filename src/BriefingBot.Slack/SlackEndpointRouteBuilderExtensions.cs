using BriefingBot.Slack.Commands;
using BriefingBot.Slack.Events;
using BriefingBot.Slack.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Slack;

public static class SlackEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /slack/commands</c> (slash commands) and <c>POST /slack/events</c> (Events API). Both verify
    /// Slack's signature on the raw body before anything else. Does nothing when <see cref="SlackServiceCollectionExtensions.AddSlackAdapter"/>
    /// was not called, so a host without Slack configuration exposes no Slack endpoints.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<SlackAdapterMarker>() is null) return endpoints;
        var slack = endpoints.MapGroup("/slack");
        slack.MapPost("/commands", (HttpContext http, SlackCommandHandler handler) => handler.HandleAsync(http))
            .DisableAntiforgery()
            .WithName("SlackCommands");
        slack.MapPost("/events", (HttpContext http, SlackEventsHandler handler) => handler.HandleAsync(http))
            .DisableAntiforgery()
            .WithName("SlackEvents");
        return endpoints;
    }
}
