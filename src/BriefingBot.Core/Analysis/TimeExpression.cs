namespace BriefingBot.Core.Analysis;

/// <summary>A temporal expression normalized to TIMEX3 (TimeML / TempEval-3).</summary>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">The TIMEX3 value: 2025-01-26, 2025-09, 198, 2025-W11, PRESENT_REF, P30Y…</param>
/// <param name="Mod">START, MID, END, APPROX… or null.</param>
/// <param name="Anchor">What the value was resolved against: "dct", "previous" (an earlier date in the text), or null for absolute dates.</param>
public sealed record TimeExpression(string Text, int Start, int End, string Type, string Value, string? Mod, string? Anchor);
