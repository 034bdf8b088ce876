namespace BriefingBot.Discord.Rest;

/// <summary>
/// One REST call. <paramref name="Template"/> names the route for bucket discovery; <paramref name="MajorParameter"/>
/// (channel, guild, webhook) separates buckets, as Discord does.
/// </summary>
internal sealed record DiscordRoute(HttpMethod Method, string Path, string Template, string MajorParameter, bool UsesBotToken)
{
    public string TemplateKey => Method.Method + " " + Template;
}
