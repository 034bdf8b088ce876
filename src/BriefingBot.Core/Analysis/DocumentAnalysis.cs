using BriefingBot.Core.Time;

namespace BriefingBot.Core.Analysis;

/// <summary>The analysis of a document plus the anchor date actually used.</summary>
/// <param name="Published">The document creation time used as anchor (given, or inferred from the text).</param>
/// <param name="PublishedInferred">True when <paramref name="Published"/> was inferred rather than given.</param>
public sealed record DocumentAnalysis(TextAnalysis Analysis, PartialDate? Published, bool PublishedInferred);
