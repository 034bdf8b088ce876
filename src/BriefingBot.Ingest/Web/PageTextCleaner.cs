using System.Text.RegularExpressions;

namespace BriefingBot.Ingest.Web;

/// <summary>
/// Removes what readability extraction leaves in news text: cookie and consent notices, "Related:" / "Read more"
/// blocks with their link lines, bylines and author lists (returned as authors), share/newsletter prompts, ads
/// markers and copyright footers. Works on paragraphs (one per line); a paragraph is removed whole or kept whole,
/// and long paragraphs are only removed for cookie notices, so article sentences that mention these words survive.
/// </summary>
public static partial class PageTextCleaner
{
    /// <summary>Link lines under a "Related" heading are short; a long paragraph ends the block.</summary>
    private const int LinkLineMaxLength = 160;

    private const int PromptMaxLength = 200;

    private const int CookieMaxLength = 600;

    public static CleanedText Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = new List<string>();
        var authors = new List<string>();
        var removed = 0;
        var inRelatedBlock = false;
        var paragraphs = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var paragraph in paragraphs)
        {
            if (inRelatedBlock)
            {
                if (paragraph.Length <= LinkLineMaxLength && !EndsLikeSentence(paragraph))
                {
                    removed++;
                    continue;
                }
                inRelatedBlock = false;
            }
            if (RelatedHeading().IsMatch(paragraph) && paragraph.Length <= LinkLineMaxLength)
            {
                // "Related: Some headline" on one line is a link too; a bare heading starts a block of them.
                inRelatedBlock = RelatedHeadingOnly().IsMatch(paragraph);
                removed++;
                continue;
            }
            if (IsCookieNotice(paragraph) || IsPrompt(paragraph))
            {
                removed++;
                continue;
            }
            if (BylineNames(paragraph) is { } names)
            {
                authors.AddRange(names);
                removed++;
                continue;
            }
            if (Credits().IsMatch(paragraph) && paragraph.Length <= PromptMaxLength)
            {
                removed++;
                continue;
            }
            kept.Add(paragraph);
        }

        // A trailing list of names ("Ana Ruiz, Li Wei, Tom Berg") is a contributor footer, not text.
        while (kept.Count > 1 && IsNameList(kept[^1]))
        {
            authors.AddRange(SplitNames(kept[^1]));
            kept.RemoveAt(kept.Count - 1);
            removed++;
        }
        return new CleanedText(string.Join('\n', kept), authors.Distinct(StringComparer.Ordinal).ToList(), removed)
        {
            Dateline = PublishedDateResolver.FromDateline(text),
        };
    }

    /// <summary>"By Ana Ruiz and Li Wei | Nov 28" → the names; null unless every part is a name ("By March, prices rose" is text).</summary>
    private static List<string>? BylineNames(string p)
    {
        if (p.Length > PromptMaxLength) return null;
        var match = Byline().Match(p);
        if (!match.Success) return null;
        var parts = RawNames(match.Groups["names"].Value);
        return parts.Count > 0 && parts.All(n => PersonName().IsMatch(n)) ? parts : null;
    }

    private static List<string> RawNames(string text) =>
        text.Split([",", ";", " and ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.TrimEnd('.'))
            .Where(n => n.Length > 0)
            .ToList();

    private static bool IsCookieNotice(string p) => p.Length <= CookieMaxLength && CookieNotice().IsMatch(p);

    private static bool IsPrompt(string p) => p.Length <= PromptMaxLength && Prompt().IsMatch(p);

    private static bool EndsLikeSentence(string p) => p.Length > 60 && p[^1] is '.' or '!' or '?' or '"' or '\u201D';

    private static bool IsNameList(string p)
    {
        if (p.Length > PromptMaxLength || EndsLikeSentence(p)) return false;
        var names = RawNames(p);
        return names.Count >= 2 && names.All(n => PersonName().IsMatch(n));
    }

    private static IEnumerable<string> SplitNames(string text) =>
        text.Split([",", ";", " and ", " & ", "|"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.TrimEnd('.'))
            .Where(n => n.Length > 0 && PersonName().IsMatch(n));

    [GeneratedRegex(@"\bcookies?\b.*\b(?:accept|consent|agree|privacy|settings|preferences|we use|this site uses|manage)\b|\b(?:we use|this (?:site|website) uses)\b.*\bcookies?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CookieNotice();

    [GeneratedRegex(@"^(?:related(?:\s+(?:articles?|stories|coverage|content|reading|links))?|read\s+(?:more|also|next)|see\s+also|more\s+(?:from|on|stories|news)\b.*|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|most\s+(?:read|popular))\s*[:\-–—]?(?:\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedHeading();

    [GeneratedRegex(@"^(?:related(?:\s+(?:articles?|stories|coverage|content|reading|links))?|read\s+(?:more|also|next)|see\s+also|more\s+(?:from|on|stories|news)\b[^:]*|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|most\s+(?:read|popular))\s*[:\-–—]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedHeadingOnly();

    [GeneratedRegex(@"^(?:share\s+(?:this|on|via)\b|sign\s+up\b|subscribe\b|newsletter\b|follow\s+us\b|advertisement$|sponsored(?:\s+content)?$|click\s+here\b|copyright\b|©|all\s+rights\s+reserved|image(?:\s+source)?\s*:|photo\s*:|getty\s+images$|listen\s+to\s+this\s+article|\d+\s+min(?:ute)?s?\s+read$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prompt();

    [GeneratedRegex(@"^(?i:by|written\s+by|words\s+by)\s+(?<names>\p{Lu}[^|•·]*?)\s*(?:[|•·].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^\(?(?:reporting|additional\s+reporting|writing|editing|compiled)\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credits();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'\-\.]*(?:\s+(?:\p{Lu}[\p{L}'\-\.]*|de|da|del|van|von|der|la|le|bin|al)){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();
}
