namespace BriefingBot.Core.Analysis;

public enum QuoteKind
{
    /// <summary>A full quoted sentence or more.</summary>
    Direct,
    /// <summary>A quoted fragment inside running text.</summary>
    Partial,
    /// <summary>Reported speech without quotation marks.</summary>
    Indirect,
}
