using BriefingBot.Core.Analysis;

namespace BriefingBot.Nlp.Cleaning;

/// <summary>
/// The result of boilerplate cleaning. <see cref="Text"/> has the same length as the input: removed ranges are
/// blanked with spaces (line breaks kept) so every offset found in it is valid in the original text.
/// </summary>
public sealed record CleanedText(string Text, IReadOnlyList<BoilerplateSpan> Removed, bool Truncated);
