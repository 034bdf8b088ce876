using BriefingBot.Core.Analysis;

namespace BriefingBot.Core.Index;

public sealed record QuoteHit(Quote Quote, ArticleRef Article);
