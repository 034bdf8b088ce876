namespace BriefingBot.Ingest.Tests.TestSupport;

/// <summary>Records reports synchronously (Progress&lt;T&gt; would post them to the thread pool).</summary>
internal sealed class RecordingProgress : IProgress<IngestProgress>
{
    public List<IngestProgress> Reports { get; } = [];

    public void Report(IngestProgress value)
    {
        lock (Reports) Reports.Add(value);
    }
}
