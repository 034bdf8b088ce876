using System.Collections.Concurrent;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Replies;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Slack.Tests.Infrastructure;

/// <summary>The real Core dispatcher over canned answers, recording calls, with an optional gate to make a command slow.</summary>
internal sealed class TestDispatcher : ICommandDispatcher
{
    private readonly CommandDispatcher inner = new(new CannedBriefingService(), NullLogger<CommandDispatcher>.Instance);

    public ConcurrentQueue<(BotCommand Command, CommandContext Context)> Calls { get; } = new();

    /// <summary>When set, commands wait for it (a "slow" briefing).</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>When set, commands fail with this (a broken briefing service that escaped the Core dispatcher).</summary>
    public Exception? Failure { get; set; }

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<BotReply> ExecuteAsync(BotCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        Calls.Enqueue((command, context));
        Started.TrySetResult();
        if (Gate is { } gate) await gate.Task.WaitAsync(cancellationToken);
        if (Failure is { } failure) throw failure;
        return await inner.ExecuteAsync(command, context, cancellationToken);
    }
}
