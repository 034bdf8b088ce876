using System.Net;
using System.Text;
using System.Text.Json;
using BriefingBot.Core.Commands;
using BriefingBot.Discord.Tests.Support;

namespace BriefingBot.Discord.Tests.Interactions;

/// <summary>The endpoint over real HTTP on loopback, signed with the RFC 8032 key exactly as Discord signs.</summary>
public sealed class InteractionEndpointTests : IAsyncLifetime
{
    private FakeDiscordApi _api = null!;
    private BotHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeDiscordApi.StartAsync();
        _host = await BotHost.StartAsync(_api.BaseUrl);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task Post_Ping_AnswersPongJson()
    {
        using var response = await _host.PostSignedAsync(Support.Interactions.Ping);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonOf(response);
        Assert.Equal(1, json.GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task Post_MissingSignatureHeaders_Answers401()
    {
        using var response = await _host.PostAsync(Encoding.UTF8.GetBytes(Support.Interactions.Ping), null, null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_BadSignature_Answers401()
    {
        using var response = await _host.PostSignedAsync(Support.Interactions.Ping, tamperSignature: s => (s[0] == '0' ? "1" : "0") + s[1..]);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_MalformedSignatureHex_Answers401()
    {
        using var response = await _host.PostSignedAsync(Support.Interactions.Ping, tamperSignature: _ => "not hex at all");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyChangedAfterSigning_Answers401()
    {
        var ts = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signed = Encoding.UTF8.GetBytes(Support.Interactions.Ping);
        var sent = Encoding.UTF8.GetBytes(Support.Interactions.Ping + " ");
        using var response = await _host.PostAsync(sent, TestKeys.Sign(ts, signed), ts);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TimestampTenMinutesOld_Answers401()
    {
        using var response = await _host.PostSignedAsync(Support.Interactions.Ping, TimeProvider.System.GetUtcNow().AddMinutes(-10));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("""{"type":"one"}""")]
    [InlineData("""{"type":99}""")]
    [InlineData("""{"type":2,"token":"t","application_id":"1","channel_id":"2","member":{"user":{"id":"3"}}}""")]
    [InlineData("""{"type":2,"token":"t","application_id":"1","data":{"name":"brief"}}""")]
    [InlineData("""{"type":2,"token":"t","application_id":"1","channel_id":"2","user":{"id":"3"},"data":{"name":"brief","options":"x"}}""")]
    public async Task Post_SignedMalformedBody_Answers400WithReason(string body)
    {
        using var response = await _host.PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await JsonOf(response);
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Post_BodyOverLimit_Answers413()
    {
        var body = "{\"type\":1,\"pad\":\"" + new string('a', 70 * 1024) + "\"}";
        using var response = await _host.PostSignedAsync(body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_Brief_AnswersInlineWithCitedEmbedAndNoMentions()
    {
        using var response = await _host.PostSignedAsync(Support.Interactions.Command("brief", $"[{Support.Interactions.Option("topic", "harbour")}]"));

        var json = await JsonOf(response);
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        var data = json.GetProperty("data");
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(data.TryGetProperty("flags", out _));
        var embed = data.GetProperty("embeds")[0];
        Assert.Equal("Briefing: harbour", embed.GetProperty("title").GetString());
        Assert.Contains("[[1]](https://news.example/harbour)", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        var (command, context) = Assert.Single(_host.Dispatcher.Received);
        Assert.Equal(new BriefCommand("harbour"), command);
        Assert.Equal(new CommandContext(ChatPlatform.Discord, "500", "600", "700", false), context);
    }

    [Fact]
    public async Task Post_QuotesWithTopic_DispatchesSpeakerAndTopic()
    {
        var options = $"[{Support.Interactions.Option("speaker", "Ana Ruiz")},{Support.Interactions.Option("topic", "pier")}]";
        using var response = await _host.PostSignedAsync(Support.Interactions.Command("quotes", options));

        var json = await JsonOf(response);
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Contains("**Ana Ruiz**", json.GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(new QuotesCommand("Ana Ruiz", "pier"), Assert.Single(_host.Dispatcher.Received).Command);
    }

    [Fact]
    public async Task Post_Timeline_DispatchesTopicAndShowsPrecision()
    {
        using var response = await _host.PostSignedAsync(Support.Interactions.Command("timeline", $"[{Support.Interactions.Option("topic", "harbour")}]"));

        var description = (await JsonOf(response)).GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString();
        Assert.Contains("**20th century**", description, StringComparison.Ordinal);
        Assert.Contains("**Oct 2025**", description, StringComparison.Ordinal);
        Assert.Equal(new TimelineCommand("harbour"), Assert.Single(_host.Dispatcher.Received).Command);
    }

    [Theory]
    [InlineData("sources", typeof(SourcesCommand))]
    [InlineData("help", typeof(HelpCommand))]
    public async Task Post_CommandWithoutOptions_IsEphemeral(string name, Type expected)
    {
        using var response = await _host.PostSignedAsync(Support.Interactions.Command(name));

        var json = await JsonOf(response);
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.IsType(expected, Assert.Single(_host.Dispatcher.Received).Command);
    }

    [Fact]
    public async Task Post_UnknownCommand_AnswersEphemeralHelp()
    {
        using var response = await _host.PostSignedAsync(Support.Interactions.Command("weather"));

        var json = await JsonOf(response);
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        var help = Assert.IsType<HelpCommand>(Assert.Single(_host.Dispatcher.Received).Command);
        Assert.Contains("weather", help.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BriefWithoutTopic_AnswersHelpInsteadOfDispatchingEmptyTopic()
    {
        using var response = await _host.PostSignedAsync(Support.Interactions.Command("brief", $"[{Support.Interactions.Option("topic", "   ")}]"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsType<HelpCommand>(Assert.Single(_host.Dispatcher.Received).Command);
    }

    [Theory]
    [InlineData("16", true)]
    [InlineData("8", true)]
    [InlineData("2147483647", true)]
    [InlineData("1125899906842624", false)]
    [InlineData("1125899906842640", true)]
    [InlineData("0", false)]
    [InlineData("garbage", false)]
    public async Task Post_DigestSubscribe_ComputesCanManageChannelFromPermissions(string permissions, bool expected)
    {
        var sub = $$"""[{"name":"subscribe","type":1,"options":[{{Support.Interactions.Option("topics", "harbour, budget")}},{{Support.Interactions.Option("time", "07:30")}},{{Support.Interactions.Option("timezone", "Europe/Madrid")}}]}]""";
        using var response = await _host.PostSignedAsync(Support.Interactions.Command("digest", sub, permissions));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (command, context) = Assert.Single(_host.Dispatcher.Received);
        var subscribe = Assert.IsType<DigestSubscribeCommand>(command);
        Assert.Equal(["harbour", "budget"], subscribe.Topics);
        Assert.Equal("07:30", subscribe.Time);
        Assert.Equal("Europe/Madrid", subscribe.TimeZone);
        Assert.Equal(expected, context.CanManageChannel);
    }

    [Theory]
    [InlineData("""[{"name":"list","type":1}]""", typeof(DigestListCommand))]
    [InlineData("""[{"name":"unsubscribe","type":1,"options":[{"name":"id","type":3,"value":"d1"}]}]""", typeof(DigestUnsubscribeCommand))]
    [InlineData("""[{"name":"preview","type":1}]""", typeof(DigestPreviewCommand))]
    public async Task Post_DigestSubcommands_MapToCoreCommands(string options, Type expected)
    {
        using var response = await _host.PostSignedAsync(Support.Interactions.Command("digest", options, "16"));

        Assert.Equal(64, (await JsonOf(response)).GetProperty("data").GetProperty("flags").GetInt32());
        Assert.IsType(expected, Assert.Single(_host.Dispatcher.Received).Command);
    }

    [Fact]
    public async Task Post_CommandInDirectMessage_UsesUserIdAndNoTenant()
    {
        using var response = await _host.PostSignedAsync(Support.Interactions.DirectMessageCommand("sources"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var context = Assert.Single(_host.Dispatcher.Received).Context;
        Assert.Equal(new CommandContext(ChatPlatform.Discord, null, "601", "701", false), context);
    }

    [Fact]
    public async Task Post_SpeakerAutocomplete_AnswersValidDistinctChoices()
    {
        var options = $"[{Support.Interactions.Option("speaker", "gus", focused: true)}]";
        using var response = await _host.PostSignedAsync(Support.Interactions.Command("quotes", options, type: 4));

        var json = await JsonOf(response);
        Assert.Equal(8, json.GetProperty("type").GetInt32());
        var choices = json.GetProperty("data").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Equal(["Gustavo Petro", "Gustavo Bolívar"], choices);
        Assert.Contains((Core.Briefings.SuggestionKind.Speaker, "gus"), _host.Briefings.Suggested);
        Assert.Empty(_host.Dispatcher.Received);
    }

    [Fact]
    public async Task Post_TopicsAutocompleteInSubcommand_CompletesLastElementWithAtMost25Choices()
    {
        var sub = $$"""[{"name":"subscribe","type":1,"options":[{{Support.Interactions.Option("topics", "harbour, bud", focused: true)}}]}]""";
        using var response = await _host.PostSignedAsync(Support.Interactions.Command("digest", sub, type: 4));

        var choices = (await JsonOf(response)).GetProperty("data").GetProperty("choices").EnumerateArray().ToList();
        Assert.Equal(25, choices.Count);
        Assert.All(choices, c =>
        {
            var name = c.GetProperty("name").GetString()!;
            var value = c.GetProperty("value").GetString()!;
            Assert.InRange(name.Length, 1, 100);
            Assert.InRange(value.Length, 1, 100);
            Assert.StartsWith("harbour, bud", value, StringComparison.Ordinal);
        });
        Assert.Contains((Core.Briefings.SuggestionKind.Topic, "bud"), _host.Briefings.Suggested);
    }

    [Fact]
    public async Task Post_SlowCommand_DefersThenPatchesOriginalWithFinalMessage()
    {
        await using var host = await BotHost.StartAsync(_api.BaseUrl, deferAfter: "00:00:00.05");
        host.Dispatcher.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        using var response = await host.PostSignedAsync(Support.Interactions.Command("brief", $"[{Support.Interactions.Option("topic", "harbour")}]"));
        var json = await JsonOf(response);
        Assert.Equal(5, json.GetProperty("type").GetInt32());
        Assert.False(json.TryGetProperty("data", out var data) && data.TryGetProperty("flags", out _));
        Assert.Equal(0, _api.Count);

        host.Dispatcher.Gate.SetResult();
        var patch = await _api.NextAsync();

        Assert.Equal("PATCH", patch.Method);
        Assert.Equal($"/webhooks/{BotHost.ApplicationId}/{Support.Interactions.Token}/messages/@original", patch.Path);
        Assert.StartsWith("DiscordBot (", patch.UserAgent, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(patch.Body);
        Assert.Equal("Briefing: harbour", body.RootElement.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal(0, body.RootElement.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task Post_SlowEphemeralCommand_DefersEphemerally()
    {
        await using var host = await BotHost.StartAsync(_api.BaseUrl, deferAfter: "00:00:00.05");
        host.Dispatcher.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        using var response = await host.PostSignedAsync(Support.Interactions.Command("sources"));
        var json = await JsonOf(response);
        Assert.Equal(5, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());

        host.Dispatcher.Gate.SetResult();
        var patch = await _api.NextAsync();
        Assert.Equal("PATCH", patch.Method);
        Assert.Contains("What the index holds", patch.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SlowPublicCommandEndingInError_ReplacesPublicDeferralWithEphemeralFollowup()
    {
        await using var host = await BotHost.StartAsync(_api.BaseUrl, deferAfter: "00:00:00.05");
        host.Dispatcher.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        using var response = await host.PostSignedAsync(Support.Interactions.Command("brief", $"[{Support.Interactions.Option("topic", "boom")}]"));
        Assert.Equal(5, (await JsonOf(response)).GetProperty("type").GetInt32());
        host.Dispatcher.Gate.SetResult();

        var delete = await _api.NextAsync();
        var followup = await _api.NextAsync();
        Assert.Equal(("DELETE", $"/webhooks/{BotHost.ApplicationId}/{Support.Interactions.Token}/messages/@original"), (delete.Method, delete.Path));
        Assert.Equal(("POST", $"/webhooks/{BotHost.ApplicationId}/{Support.Interactions.Token}"), (followup.Method, followup.Path));
        using var body = JsonDocument.Parse(followup.Body);
        Assert.Equal(64, body.RootElement.GetProperty("flags").GetInt32());
        Assert.Contains("Something went wrong", followup.Body, StringComparison.Ordinal);
    }
}
