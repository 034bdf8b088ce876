namespace BriefingBot.Storage.Postgres.Schema;

/// <summary>
/// Runs an initialization (migrations) once per object, on first use. Not <see cref="Lazy{T}"/>: a failed
/// attempt (database still starting, network blip) must be retried by the next caller, not cached.
/// </summary>
internal sealed class OneTimeInitializer(Func<Task> initialize)
{
    private readonly Lock _gate = new();
    private Task? _running;
    private volatile bool _done;

    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_done) return Task.CompletedTask;
        Task running;
        lock (_gate)
        {
            if (_running is null || _running.IsFaulted || _running.IsCanceled) _running = RunAsync();
            running = _running;
        }
        // The shared work is not cancelled by one caller giving up; that caller just stops waiting.
        return running.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        await initialize();
        _done = true;
    }
}
