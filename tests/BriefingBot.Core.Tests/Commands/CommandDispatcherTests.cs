using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Replies;
using BriefingBot.Core.Index;
using BriefingBot.Core.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Core.Tests.Commands;

public sealed class CommandDispatcherTests
{
    private static readonly CommandContext Context = new(ChatPlatform.Cli, null, "local", "me", CanManageChannel: true);

    private static CommandDispatcher Dispatcher(IBriefingService? service = null) =>
        new(service ?? new BriefingService(new InMemoryArticleIndex(DateTimeOffset.UnixEpoch)), NullLogger<CommandDispatcher>.Instance);

    [Fact]
    public async Task ExecuteAsync_DigestWithoutScheduler_SaysNotAvailableHonestly()
    {
        var reply = await Dispatcher().ExecuteAsync(new DigestListCommand(), Context, CancellationToken.None);

        var message = Assert.IsType<MessageReply>(reply);
        Assert.Equal(MessageTone.Error, message.Tone);
        Assert.True(message.Ephemeral);
        Assert.Contains("not available", message.Title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ExecuteAsync_TopicTooLong_RefusesWithReason()
    {
        var reply = await Dispatcher().ExecuteAsync(new BriefCommand(new string('x', CommandDispatcher.MaxArgumentLength + 1)), Context, CancellationToken.None);

        Assert.Equal(MessageTone.Error, Assert.IsType<MessageReply>(reply).Tone);
    }

    [Fact]
    public async Task ExecuteAsync_ServiceFails_ReturnsEphemeralErrorInsteadOfThrowing()
    {
        var reply = await Dispatcher(new FailingBriefingService()).ExecuteAsync(new BriefCommand("x"), Context, CancellationToken.None);

        var message = Assert.IsType<MessageReply>(reply);
        Assert.Equal(MessageTone.Error, message.Tone);
        Assert.DoesNotContain(message.Lines, l => l.Contains("InvalidOperationException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_Help_ListsEveryCommand()
    {
        var message = Assert.IsType<MessageReply>(await Dispatcher().ExecuteAsync(new HelpCommand(), Context, CancellationToken.None));

        foreach (var verb in new[] { "brief", "quotes", "timeline", "sources", "digest" })
            Assert.Contains(message.Lines, l => l.Contains('`' + verb, StringComparison.Ordinal));
    }

    private sealed class FailingBriefingService : IBriefingService
    {
        public Task<Briefing> BriefAsync(BriefingRequest request, CancellationToken cancellationToken) => throw new InvalidOperationException("boom");
        public Task<QuoteList> QuotesAsync(string? speaker, string? topic, int limit, CancellationToken cancellationToken) => throw new InvalidOperationException("boom");
        public Task<Timeline> TimelineAsync(string topic, int limit, CancellationToken cancellationToken) => throw new InvalidOperationException("boom");
        public Task<IndexStatistics> SourcesAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("boom");
        public Task<IReadOnlyList<string>> SuggestAsync(SuggestionKind kind, string prefix, int limit, CancellationToken cancellationToken) => throw new InvalidOperationException("boom");
    }
}
