namespace BriefingBot.Core.Analysis;

/// <summary>
/// What someone said, verbatim from the text. <see cref="Start"/>/<see cref="End"/> cover the quoted words
/// (without the quotation marks); <see cref="Speaker"/> is the canonical name or null when unknown.
/// </summary>
public sealed record Quote(
    string Text,
    int Start,
    int End,
    QuoteKind Kind,
    string? Speaker,
    string? SpeakerSurface,
    string? Cue,
    double Confidence,
    int Sentence);
