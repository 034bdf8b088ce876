using BriefingBot.Core.Analysis;

namespace BriefingBot.Nlp.Entities;

/// <summary>
/// Gender of people whose first name is not in the lists, read from the pronouns that refer back to them: the first
/// he/him/his or she/her after a mention, in the same or the next sentence, when no other person is named in between.
/// </summary>
internal static class PronounGender
{
    public static EntityAnalysis Infer(string text, IReadOnlyList<TextSpan> sentences, EntityAnalysis analysis)
    {
        var genders = analysis.Genders.ToArray();
        var votes = new int[genders.Length];
        var mentions = analysis.Mentions;
        var any = false;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (genders[m.Entity] != Gender.Unknown || !analysis.IsPerson(m.Entity)) continue;
            var limit = m.Sentence + 1 < sentences.Count ? sentences[m.Sentence + 1].End : text.Length;
            if (i + 1 < mentions.Count) limit = Math.Min(limit, mentions[i + 1].Start);
            var vote = FirstPronoun(text, m.End, limit);
            if (vote == 0) continue;
            votes[m.Entity] += vote;
            any = true;
        }
        if (!any) return analysis;
        for (var e = 0; e < genders.Length; e++)
        {
            if (genders[e] == Gender.Unknown && votes[e] != 0) genders[e] = votes[e] > 0 ? Gender.Male : Gender.Female;
        }
        return new EntityAnalysis(analysis.Entities, analysis.Mentions, genders);
    }

    /// <summary>+1 for a masculine pronoun, -1 for a feminine one, 0 when none comes first.</summary>
    private static int FirstPronoun(string text, int from, int limit)
    {
        var i = from;
        while (i < limit)
        {
            while (i < limit && !char.IsLetter(text[i])) i++;
            var s = i;
            while (i < limit && char.IsLetter(text[i])) i++;
            if (i == s) break;
            var w = text.AsSpan(s, i - s);
            if (w is "he" or "He" or "him" or "his" or "His" or "himself") return 1;
            if (w is "she" or "She" or "her" or "Her" or "hers" or "herself") return -1;
        }
        return 0;
    }
}
