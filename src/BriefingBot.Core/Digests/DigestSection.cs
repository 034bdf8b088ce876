using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Digests;

/// <summary>One topic of a digest: the briefing restricted to articles indexed since the previous digest.</summary>
public sealed record DigestSection(string Topic, Briefing Briefing)
{
    public bool HasNews => Briefing.MatchedArticles > 0 && !Briefing.IsEmpty;
}
