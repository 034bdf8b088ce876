using System.Collections.Concurrent;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Replies;

namespace BriefingBot.Discord.Tests.Support;

/// <summary>Records what the adapter dispatched and answers with canned Core replies; <see cref="Gate"/> makes it slow on demand.</summary>
internal sealed class CannedDispatcher : ICommandDispatcher
{
    public ConcurrentQueue<(BotCommand Command, CommandContext Context)> Received { get; } = new();

    /// <summary>When set, every command waits for it: the test decides when "slow work" finishes.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public async Task<BotReply> ExecuteAsync(BotCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        Received.Enqueue((command, context));
        if (Gate is { } gate) await gate.Task.WaitAsync(cancellationToken);
        return command switch
        {
            BriefCommand { Topic: "boom" } => MessageReply.Error("Something went wrong", "The request could not be answered."),
            BriefCommand b => new BriefingReply(SampleData.Briefing(b.Topic)),
            QuotesCommand q => new QuotesReply(SampleData.Quotes(q.Speaker, q.Topic)),
            TimelineCommand t => new TimelineReply(SampleData.Timeline(t.Topic)),
            SourcesCommand => new SourcesReply(SampleData.Statistics()),
            HelpCommand h => new MessageReply("BriefingBot help", [.. (h.Problem is null ? [] : new[] { h.Problem }), .. HelpText.Lines], h.Problem is null ? MessageTone.Info : MessageTone.Error),
            DigestSubscribeCommand => context.CanManageChannel
                ? new MessageReply("Subscribed", ["Digest d1 created."], MessageTone.Success)
                : MessageReply.Error("Not allowed", "Only members who can manage this channel can change its digests."),
            _ => new MessageReply("Digests", ["None yet."]),
        };
    }
}
