namespace BriefingBot.Core.Analysis;

/// <summary>Everything the preprocessing pipeline derives from one text. All offsets refer to the analyzed text.</summary>
public sealed record TextAnalysis
{
    public required IReadOnlyList<TextSpan> Sentences { get; init; }
    public required IReadOnlyList<Entity> Entities { get; init; }
    public required IReadOnlyList<Quote> Quotes { get; init; }
    public required IReadOnlyList<TimeExpression> Timexes { get; init; }
    public required IReadOnlyList<DatedEvent> Events { get; init; }
    /// <summary>Indices into <see cref="Sentences"/>, most important first.</summary>
    public required IReadOnlyList<int> Summary { get; init; }
    public required IReadOnlyList<string> Keywords { get; init; }
    public required IReadOnlyList<BoilerplateSpan> BoilerplateRemoved { get; init; }
    /// <summary>True when a truncation marker cut the text short.</summary>
    public bool Truncated { get; init; }

    public static TextAnalysis Empty { get; } = new()
    {
        Sentences = [], Entities = [], Quotes = [], Timexes = [], Events = [], Summary = [], Keywords = [], BoilerplateRemoved = [],
    };
}
