namespace BriefingBot.Integration.Tests.MultiInstance;

/// <summary>The requests one fake feed received, and the most that were in flight at the same time.</summary>
internal sealed class FeedLog
{
    private readonly Lock _gate = new();
    private readonly List<FeedRequest> _requests = [];
    private int _inFlight;

    public int MaxInFlight { get; private set; }

    public IReadOnlyList<FeedRequest> Requests
    {
        get
        {
            lock (_gate) return [.. _requests];
        }
    }

    public int Count
    {
        get
        {
            lock (_gate) return _requests.Count;
        }
    }

    public int Begin(string userAgent, TimeSpan at)
    {
        lock (_gate)
        {
            _inFlight++;
            MaxInFlight = Math.Max(MaxInFlight, _inFlight);
            _requests.Add(new FeedRequest(userAgent, at, null));
            return _requests.Count - 1;
        }
    }

    public void End(int request, TimeSpan at)
    {
        lock (_gate)
        {
            _inFlight--;
            _requests[request] = _requests[request] with { Ended = at };
        }
    }
}
