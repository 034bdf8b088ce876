using BriefingBot.Slack.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Slack.Tests.Hosting;

public sealed class SlackBackgroundWorkTests
{
    [Fact]
    public async Task StopAsync_RunningWork_IsCancelledAndAwaited()
    {
        using var work = new SlackBackgroundWork(NullLogger<SlackBackgroundWork>.Instance);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var task = work.Run(async token =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, token);
            return 1;
        });
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await work.StopAsync(TestContext.Current.CancellationToken);
        Assert.True(task.IsCanceled);
    }

    [Fact]
    public async Task Run_AfterStop_Refused()
    {
        using var work = new SlackBackgroundWork(NullLogger<SlackBackgroundWork>.Instance);
        await work.StopAsync(TestContext.Current.CancellationToken);
        Assert.Throws<OperationCanceledException>(() => { _ = work.Run(_ => Task.FromResult(1)); });
    }

    [Fact]
    public async Task Enqueue_FailingWork_DoesNotThrowAndLaterWorkRuns()
    {
        using var work = new SlackBackgroundWork(NullLogger<SlackBackgroundWork>.Instance);
        work.Enqueue("boom", _ => throw new InvalidOperationException("boom"));
        Assert.Equal(2, await work.Run(_ => Task.FromResult(2)));
        await work.StopAsync(TestContext.Current.CancellationToken);
    }
}
