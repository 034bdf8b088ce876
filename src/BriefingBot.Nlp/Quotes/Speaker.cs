namespace BriefingBot.Nlp.Quotes;

/// <summary>A resolved speaker: canonical name (or the noun phrase as written when it names no entity), the words in the text, the cue verb.</summary>
internal sealed record Speaker(string? Name, string Surface, string? Cue, double Confidence, int Entity = -1);
