using BriefingBot.Core.Analysis;

namespace BriefingBot.Ingest;

/// <summary>
/// What ingest stores: the analyzed text with the ranges cleaning removed (truncated fragments, trailing name lists,
/// "Related:" blocks) blanked out, so junk is neither searchable nor shown, yet every analysis offset still points at
/// the same characters. Line breaks are kept so paragraphs survive; trailing blanks are trimmed.
/// </summary>
internal static class BoilerplateBlanking
{
    public static string Apply(string text, IReadOnlyList<BoilerplateSpan> removed)
    {
        if (removed.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var span in removed)
        {
            for (var i = Math.Max(0, span.Start); i < Math.Min(chars.Length, span.End); i++)
            {
                if (chars[i] is not ('\n' or '\r')) chars[i] = ' ';
            }
        }
        return new string(chars).TrimEnd();
    }
}
