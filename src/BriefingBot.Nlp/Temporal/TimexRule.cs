using System.Text.RegularExpressions;

namespace BriefingBot.Nlp.Temporal;

/// <summary>One pattern with an optional cheap guard (run before overlaps are settled) and its normalizer (run in text order).</summary>
internal sealed record TimexRule(
    string Name,
    Regex Pattern,
    Func<Match, TimexContext, TimexResolution?> Normalize,
    Func<Match, string, bool>? Accept = null);
