using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Replies;

namespace BriefingBot.Core.Tests.Commands;

public sealed class BoundedCommandDispatcherTests
{
    private static readonly CommandContext Context = new(ChatPlatform.Discord, "g", "c", "u", false);

    [Fact]
    public async Task ExecuteAsync_InnerWorkIsSynchronous_ReturnsAPendingTaskAtOnce()
    {
        using var release = new ManualResetEventSlim();
        using var dispatcher = new BoundedCommandDispatcher(new BlockingDispatcher(release), 2);

        var task = dispatcher.ExecuteAsync(new SourcesCommand(), Context, TestContext.Current.CancellationToken);

        // The adapter can now race this task against its deferral timer.
        Assert.False(task.IsCompleted);
        release.Set();
        Assert.IsType<MessageReply>(await task);
    }

    [Fact]
    public async Task ExecuteAsync_ManyAtOnce_NeverMoreThanTheLimitCompute()
    {
        using var release = new ManualResetEventSlim();
        var inner = new BlockingDispatcher(release);
        using var dispatcher = new BoundedCommandDispatcher(inner, 2);

        var tasks = Enumerable.Range(0, 6).Select(_ => dispatcher.ExecuteAsync(new SourcesCommand(), Context, TestContext.Current.CancellationToken)).ToList();
        await inner.WaitForRunningAsync(2);
        release.Set();
        await Task.WhenAll(tasks);

        Assert.Equal(2, inner.MaxRunning);
        Assert.Equal(6, inner.Completed);
    }

    /// <summary>Blocks its thread (as a synchronous SQLite query does) until released, counting overlap.</summary>
    private sealed class BlockingDispatcher(ManualResetEventSlim release) : ICommandDispatcher
    {
        private int _running;
        private int _maxRunning;
        private int _completed;

        public int MaxRunning => Volatile.Read(ref _maxRunning);

        public int Completed => Volatile.Read(ref _completed);

        public Task<BotReply> ExecuteAsync(BotCommand command, CommandContext context, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _running);
            InterlockedMax(ref _maxRunning, now);
            release.Wait(cancellationToken);
            Interlocked.Decrement(ref _running);
            Interlocked.Increment(ref _completed);
            return Task.FromResult<BotReply>(new MessageReply("done", []));
        }

        public async Task WaitForRunningAsync(int count)
        {
            while (Volatile.Read(ref _running) < count) await Task.Delay(10);
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
