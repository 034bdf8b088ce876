namespace BriefingBot.Slack.Hosting;

/// <summary>Present when <see cref="SlackServiceCollectionExtensions.AddSlackAdapter"/> ran; endpoints are mapped only then.</summary>
internal sealed class SlackAdapterMarker;
