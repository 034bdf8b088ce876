using BriefingBot.Core.Time;

namespace BriefingBot.Core.Analysis;

/// <summary>What the preprocessing pipeline reads.</summary>
/// <param name="Text">The text exactly as read (offsets in the analysis point into it).</param>
/// <param name="Published">Document creation time used to anchor relative dates; null lets the pipeline infer one.</param>
/// <param name="BodyStart">Offset where the body starts (after a title line); text before it is not analyzed.</param>
/// <param name="SummarySentences">How many sentences the summary should hold; null for the default.</param>
public sealed record DocumentInput(string Text, PartialDate? Published = null, string? Title = null, int BodyStart = 0, int? SummarySentences = null);
