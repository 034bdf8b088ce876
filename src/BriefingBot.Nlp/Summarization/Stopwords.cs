using System.Collections.Frozen;

namespace BriefingBot.Nlp.Summarization;

/// <summary>
/// English function words and reporting verbs that carry no topic. Kept as code so the pipeline stays
/// free of data files; reporting verbs are here because every news sentence has one and they would
/// otherwise dominate term frequencies.
/// </summary>
internal static class Stopwords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "a", "about", "above", "across", "after", "again", "against", "ago", "all", "almost", "along", "already", "also",
        "although", "always", "am", "among", "an", "and", "another", "any", "anyone", "anything", "are", "around", "as", "at",
        "away", "back", "be", "became", "because", "become", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "cannot", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either", "else", "enough",
        "even", "ever", "every", "few", "for", "from", "further", "get", "gets", "getting", "given", "go", "goes", "going",
        "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "least", "less", "like", "made",
        "make", "makes", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "near", "need",
        "neither", "never", "next", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "or",
        "other", "others", "our", "ours", "ourselves", "out", "over", "own", "per", "put", "quite", "rather", "really",
        "said", "same", "say", "saying", "says", "see", "seen", "she", "should", "since", "so", "some", "still", "such",
        "take", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "thing",
        "things", "this", "those", "though", "through", "thus", "to", "told", "too", "toward", "towards", "under", "until",
        "up", "upon", "us", "use", "used", "very", "via", "was", "way", "we", "well", "were", "what", "whatever", "when",
        "where", "whether", "which", "while", "who", "whole", "whom", "whose", "why", "will", "with", "within", "without",
        "would", "yet", "you", "your", "yours", "yourself", "added", "adds", "according", "asked", "believe", "believed",
        "called", "came", "come", "comes", "expected", "felt", "found", "gave", "give", "know", "known", "let", "look",
        "looking", "lot", "mr", "mrs", "ms", "dr", "new", "part", "set", "think", "thought", "time", "times", "took",
        "want", "wanted", "wants", "week", "year", "years", "day", "days", "month", "months", "today", "yesterday",
        "tomorrow", "s", "t", "don", "didn", "doesn", "isn", "wasn", "won", "ll", "re", "ve", "d", "m",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string lowerWord) => Words.Contains(lowerWord);
}
