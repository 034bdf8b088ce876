namespace BriefingBot.Core.Briefings;

public enum SuggestionKind
{
    Topic,
    Speaker,
}
