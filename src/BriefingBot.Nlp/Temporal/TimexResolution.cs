namespace BriefingBot.Nlp.Temporal;

/// <summary>The normalized reading of one match; <see cref="Reference"/> is set when later expressions may anchor on it.</summary>
internal sealed record TimexResolution(string Type, string Value, string? Mod = null, string? Anchor = null, DateRef? Reference = null);
