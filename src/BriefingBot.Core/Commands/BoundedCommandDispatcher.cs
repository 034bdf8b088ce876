using BriefingBot.Core.Commands.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>
/// Keeps chat deadlines honest under load. Index queries on SQLite complete synchronously even through async APIs, so a
/// caller of the plain dispatcher gets its Task back only after all the work is done, and an adapter racing that Task
/// against a 1.5 s deferral timer never defers. This decorator returns at once (the work runs on the thread pool) and
/// lets only a few answers compute at a time, so threads stay free for timers, acks and deferrals.
/// </summary>
public sealed class BoundedCommandDispatcher : ICommandDispatcher, IDisposable
{
    private readonly ICommandDispatcher _inner;
    private readonly SemaphoreSlim _gate;

    /// <param name="maxConcurrent">How many commands may compute at once; more wait (asynchronously) for a turn.</param>
    public BoundedCommandDispatcher(ICommandDispatcher inner, int maxConcurrent)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrent, 1);
        _inner = inner;
        _gate = new SemaphoreSlim(maxConcurrent, maxConcurrent);
    }

    /// <summary>Two answers per core: queries are CPU-bound, and a little overlap hides I/O waits.</summary>
    public static int DefaultConcurrency => Math.Max(2, Environment.ProcessorCount * 2);

    public async Task<BotReply> ExecuteAsync(BotCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(() => _inner.ExecuteAsync(command, context, cancellationToken), cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
