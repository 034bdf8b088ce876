namespace BriefingBot.Core.Briefings;

/// <summary>A sentence that may go into a topic summary, with what is needed to cite it.</summary>
/// <param name="ArticleId">The article the sentence comes from (its citation).</param>
/// <param name="Sentence">Index of the sentence in that article's analysis.</param>
/// <param name="Text">The sentence, verbatim.</param>
/// <param name="Relevance">The article's relevance to the topic (any non-negative scale; only ratios matter).</param>
/// <param name="Published">When the article was published, or null when unknown.</param>
/// <param name="SummaryRank">0-based rank of the sentence in its article's own summary (0 = the article's best sentence).</param>
public sealed record SummaryCandidate(string ArticleId, int Sentence, string Text, double Relevance, DateTimeOffset? Published, int SummaryRank);
