using System.Text.Json.Nodes;
using BriefingBot.Core.Commands;

namespace BriefingBot.Slack.Tests;

/// <summary>The committed app manifest must match what the endpoints and the parser accept.</summary>
public sealed class SlackAppManifestTests
{
    private static JsonObject LoadManifest()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BriefingBot.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        var json = File.ReadAllText(Path.Combine(dir.FullName, "config", "slack-app-manifest.json"));
        return (JsonNode.Parse(json) as JsonObject)!;
    }

    [Fact]
    public void Manifest_SlashCommands_AllKnownToParserAndPointAtCommandsEndpoint()
    {
        var commands = LoadManifest()["features"]!["slash_commands"]!.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.Equal(["/brief", "/quotes", "/timeline", "/digest", "/sources"], commands.Select(c => c["command"]!.GetValue<string>()));
        foreach (var command in commands)
        {
            Assert.Equal("https://YOUR-HOST/slack/commands", command["url"]!.GetValue<string>());
            Assert.NotNull(command["usage_hint"]);
            var parsed = CommandTextParser.Parse(command["command"]!.GetValue<string>(), "something");
            Assert.False(parsed is HelpCommand { Problem: { } p } && p.StartsWith("Unknown command", StringComparison.Ordinal), command.ToJsonString());
        }
    }

    [Fact]
    public void Manifest_ScopesAndEvents_MatchTheAdapter()
    {
        var manifest = LoadManifest();
        var scopes = manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.GetValue<string>()).ToHashSet();
        Assert.Superset(new HashSet<string> { "commands", "chat:write", "chat:write.public", "app_mentions:read", "channels:history", "groups:history" }, scopes);
        var events = manifest["settings"]!["event_subscriptions"]!;
        Assert.Equal("https://YOUR-HOST/slack/events", events["request_url"]!.GetValue<string>());
        Assert.Contains("app_mention", events["bot_events"]!.AsArray().Select(e => e!.GetValue<string>()));
    }
}
