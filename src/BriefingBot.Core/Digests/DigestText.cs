using System.Globalization;
using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Digests;

/// <summary>
/// A plain-text rendering of a digest (Markdown-ish, one line per entry) for previews, the CLI and
/// adapters that have no richer layout. Citations are renumbered across topics so one message has one
/// numbered source list.
/// </summary>
public static class DigestText
{
    public static string Title(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return $"Digest for {digest.PeriodKey}" + (digest.Late ? " (late)" : string.Empty);
    }

    public static IReadOnlyList<string> Lines(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(digest.TimeZoneId, out var z) ? z : TimeZoneInfo.Utc;
        string Local(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

        var lines = new List<string>();
        if (digest.Late) lines.Add($"_Delivered late: this digest was due {Local(digest.ScheduledAt)} ({digest.TimeZoneId})._");
        var sources = new List<(string ArticleId, string Line)>();
        foreach (var section in digest.WithNews)
        {
            var b = section.Briefing;
            lines.Add($"**{section.Topic}**: {Count(b.MatchedArticles)} since {Local(digest.Since)}");
            foreach (var s in b.Summary) lines.Add($"• {s.Text} [{Cite(b, s.Citation, sources)}]");
            foreach (var q in b.Quotes) lines.Add($"❝{q.Text}❞ ({q.Speaker ?? "unattributed"}) [{Cite(b, q.Citation, sources)}]");
            foreach (var t in b.Timeline) lines.Add($"{t.Date}: {t.Text} [{Cite(b, t.Citation, sources)}]");
        }
        foreach (var topic in digest.QuietTopics) lines.Add($"Nothing new on {topic} since {Local(digest.Since)}.");
        if (sources.Count > 0)
        {
            lines.Add("Sources:");
            lines.AddRange(sources.Select((s, i) => string.Create(CultureInfo.InvariantCulture, $"[{i + 1}] {s.Line}")));
        }
        return lines;
    }

    private static string Count(int n) => n == 1 ? "1 new article" : string.Create(CultureInfo.InvariantCulture, $"{n} new articles");

    private static int Cite(Briefing briefing, int citation, List<(string ArticleId, string Line)> sources)
    {
        if (citation < 1 || citation > briefing.Articles.Count) return 0;
        var article = briefing.Articles[citation - 1];
        var index = sources.FindIndex(s => s.ArticleId == article.Id);
        if (index >= 0) return index + 1;
        var where = string.Join(", ", new[] { article.Source, article.Published?.ToString() }.Where(x => !string.IsNullOrEmpty(x)));
        sources.Add((article.Id, article.Title + (where.Length > 0 ? $" ({where})" : string.Empty) + (article.Url is null ? string.Empty : " " + article.Url)));
        return sources.Count;
    }
}
