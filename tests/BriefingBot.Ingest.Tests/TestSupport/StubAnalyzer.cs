using System.Collections.Concurrent;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Time;

namespace BriefingBot.Ingest.Tests.TestSupport;

/// <summary>An analyzer whose inferred date, truncation and failures a test controls; records what it was given.</summary>
internal sealed class StubAnalyzer : ITextAnalyzer
{
    public ConcurrentBag<DocumentInput> Inputs { get; } = [];

    public PartialDate? Inferred { get; init; }

    public bool Truncated { get; init; }

    public string? ThrowWhenTextContains { get; init; }

    public DocumentAnalysis Analyze(DocumentInput input)
    {
        Inputs.Add(input);
        if (ThrowWhenTextContains is { } marker && input.Text.Contains(marker, StringComparison.Ordinal))
            throw new InvalidOperationException("pipeline choked");
        var analysis = TextAnalysis.Empty with { Truncated = Truncated };
        return input.Published is { } given
            ? new DocumentAnalysis(analysis, given, PublishedInferred: false)
            : new DocumentAnalysis(analysis, Inferred, PublishedInferred: Inferred is not null);
    }
}
