namespace BriefingBot.Core.Sources;

/// <summary>What the near-duplicate registry remembers about one indexed article.</summary>
/// <param name="SimHash">64-bit SimHash over word shingles of the normalized text.</param>
/// <param name="ContentHash">Hash of the normalized text alone (title excluded), so exact copies match whatever their headline.</param>
/// <param name="Host">Host of the article's canonical URL, or null; a near-duplicate from the same host is an update, from another a syndicated copy.</param>
public sealed record ContentFingerprint(string ArticleId, ulong SimHash, string ContentHash, string? Host, DateTimeOffset UpdatedAt);
