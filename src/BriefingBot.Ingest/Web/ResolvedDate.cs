using BriefingBot.Core.Time;

namespace BriefingBot.Ingest.Web;

public sealed record ResolvedDate(PartialDate Date, DateOrigin Origin);
