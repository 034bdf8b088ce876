using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Replies;
using BriefingBot.Core.Digests;

namespace BriefingBot.Core.Tests.Digests;

public sealed class DigestCommandHandlerTests
{
    private static readonly CommandContext Manager = new(ChatPlatform.Slack, "T1", "C1", "U1", CanManageChannel: true);
    private static readonly CommandContext Member = Manager with { UserId = "U2", CanManageChannel = false };

    private readonly DigestHarness h = new(DigestHarness.Utc(2026, 5, 1, 7));

    private DigestCommandHandler Handler => new(h.Service);

    private Task<BotReply> RunAsync(string text, CommandContext context) =>
        Handler.ExecuteAsync(CommandTextParser.Parse(text), context, CancellationToken.None);

    [Fact]
    public async Task Subscribe_ByAMemberWhoCannotManageTheChannel_IsRefusedAndStoresNothing()
    {
        var reply = Assert.IsType<MessageReply>(await RunAsync("digest subscribe colombia 08:00 Europe/London", Member));

        Assert.Equal(MessageTone.Error, reply.Tone);
        Assert.True(reply.Ephemeral);
        Assert.Contains("manage this channel", Assert.Single(reply.Lines), StringComparison.Ordinal);
        Assert.Empty(await h.Service.ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_UnknownTimeZone_NamesTheValidForm()
    {
        var reply = Assert.IsType<MessageReply>(await RunAsync("digest subscribe colombia 08:00 Europe/Atlantis", Manager));

        Assert.Equal(MessageTone.Error, reply.Tone);
        Assert.Contains("Area/City such as Europe/London", Assert.Single(reply.Lines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("8:75")]
    public async Task Subscribe_InvalidTime_NamesTheValidForm(string time)
    {
        var reply = Assert.IsType<MessageReply>(await RunAsync($"digest subscribe colombia {time} Europe/London", Manager));

        Assert.Equal(MessageTone.Error, reply.Tone);
        Assert.Contains("\"HH:mm\"", Assert.Single(reply.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_TooManyTopics_SaysTheLimit()
    {
        var topics = string.Join(", ", Enumerable.Range(1, 11).Select(i => $"topic{i}"));

        var reply = Assert.IsType<MessageReply>(await RunAsync($"digest subscribe {topics}", Manager));

        Assert.Contains("at most 10 topics", Assert.Single(reply.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_ValidWithDefaults_StoresDefaultTimeAndZoneAndListsIt()
    {
        h.Options.DefaultTimeZone = "America/Bogota";

        var reply = Assert.IsType<MessageReply>(await RunAsync("digest subscribe colombia, farc weekdays", Manager));
        var stored = Assert.Single(await h.Service.ListAsync(null, CancellationToken.None));
        var list = Assert.IsType<MessageReply>(await RunAsync("digest list", Member));

        Assert.Equal(MessageTone.Success, reply.Tone);
        Assert.Equal(["colombia", "farc"], stored.Topics);
        Assert.Equal(new TimeOnly(8, 0), stored.LocalTime);
        Assert.Equal("America/Bogota", stored.TimeZoneId);
        Assert.Equal(DigestCadence.Weekdays, stored.Cadence);
        Assert.Equal("U1", stored.CreatedBy);
        Assert.Contains(stored.Id, Assert.Single(list.Lines), StringComparison.Ordinal);
        Assert.Contains("next Fri 2026-05-01 08:00 America/Bogota", list.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribe_FromAnotherChannel_IsNotFoundAndKeepsTheDigest()
    {
        await RunAsync("digest subscribe colombia", Manager);
        var id = Assert.Single(await h.Service.ListAsync(null, CancellationToken.None)).Id;

        var reply = Assert.IsType<MessageReply>(await RunAsync($"digest unsubscribe {id}", Manager with { ChannelId = "C2" }));

        Assert.Equal(MessageTone.Error, reply.Tone);
        Assert.Single(await h.Service.ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Unsubscribe_ByAMember_IsRefused_ByAManager_Removes()
    {
        await RunAsync("digest subscribe colombia", Manager);
        var id = Assert.Single(await h.Service.ListAsync(null, CancellationToken.None)).Id;

        var refused = Assert.IsType<MessageReply>(await RunAsync($"digest unsubscribe {id}", Member));
        Assert.Equal(MessageTone.Error, refused.Tone);
        Assert.Single(await h.Service.ListAsync(null, CancellationToken.None));

        var removed = Assert.IsType<MessageReply>(await RunAsync($"digest unsubscribe {id}", Manager));
        Assert.Equal(MessageTone.Success, removed.Tone);
        Assert.Empty(await h.Service.ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Preview_ByAMember_ShowsCitedNewsAndNothingNewWithoutSending()
    {
        h.Briefings.QuietTopics.Add("farc");
        await RunAsync("digest subscribe farc, colombia 08:00 UTC", Manager);

        var reply = Assert.IsType<DigestReply>(await RunAsync("digest preview", Member));

        Assert.True(reply.Ephemeral);
        Assert.Equal("Digest for 2026-05-01", DigestText.Title(reply.Digest));
        var lines = DigestText.Lines(reply.Digest);
        Assert.StartsWith("**colombia**", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Nothing new on farc", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("https://news.example/colombia", StringComparison.Ordinal));
        Assert.Empty(h.Sender.Posted);
        Assert.Empty(h.Store.Deliveries);
    }

    [Fact]
    public async Task Dispatcher_WithTheHandler_RoutesDigestCommands()
    {
        var dispatcher = new CommandDispatcher(h.Briefings, Microsoft.Extensions.Logging.Abstractions.NullLogger<CommandDispatcher>.Instance, Handler);

        var reply = Assert.IsType<MessageReply>(await dispatcher.ExecuteAsync(new DigestListCommand(), Manager, CancellationToken.None));

        Assert.Equal("No digests in this channel", reply.Title);
    }
}
