namespace BriefingBot.Core.Index;

/// <summary>Quotes by speaker and/or topic, newest article first.</summary>
/// <param name="Speaker">A name as a user typed it ("petro", "President Petro"); matched with <see cref="SpeakerNames.Matches"/>.</param>
/// <param name="Topic">Full-text restriction on the quoting article.</param>
public sealed record QuoteQuery(string? Speaker, string? Topic, int Limit = 20);
