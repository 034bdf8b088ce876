namespace BriefingBot.Core.Analysis;

/// <summary>A range removed by cleaning, with the rule that removed it ("truncation", "trailing name list", "related links"…).</summary>
public sealed record BoilerplateSpan(int Start, int End, string Reason);
