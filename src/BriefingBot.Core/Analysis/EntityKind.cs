namespace BriefingBot.Core.Analysis;

public enum EntityKind
{
    Person,
    Organization,
    Place,
    Other,
}
