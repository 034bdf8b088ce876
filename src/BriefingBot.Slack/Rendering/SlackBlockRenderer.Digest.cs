using System.Globalization;
using System.Text.Json.Nodes;
using BriefingBot.Core.Digests;

namespace BriefingBot.Slack.Rendering;

/// <summary>
/// Digests as Block Kit: a header, a context line (since when, late or not), a section per topic with news (summary,
/// key quotes, key dates, sources), the quiet topics, and a footer. The delivery id travels in message metadata,
/// where <c>SlackDigestSender.ConfirmAsync</c> looks for it. The text budget is shared fairly between topics.
/// </summary>
internal static partial class SlackBlockRenderer
{
    /// <summary>Message metadata <c>event_type</c> of a posted digest.</summary>
    public const string DigestEventType = "briefingbot_digest";

    /// <summary>Topics shown with their news; more would crowd the 50-block limit (subscriptions allow 10).</summary>
    internal const int MaxDigestTopics = 15;

    /// <summary>Blocks kept for the header, context, the quiet topics (divider and 2 sections) and the footer.</summary>
    private const int FixedDigestBlocks = 6;

    /// <summary>Room kept off the text budget for rounding and the "+N more" lines.</summary>
    private const int DigestSlack = 200;

    /// <summary>Renders a digest to post; <paramref name="deliveryId"/> goes in metadata and the footer, null renders a preview.</summary>
    public static SlackMessage RenderDigest(Digest digest, string? deliveryId)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(digest.TimeZoneId, out var z) ? z : TimeZoneInfo.Utc;
        var since = Local(digest.Since, zone);
        var title = (deliveryId is null ? "Preview: " : string.Empty) + $"Digest for {digest.PeriodKey}" + (digest.Late ? " (late)" : string.Empty);

        var news = digest.WithNews.ToList();
        var shown = news.Take(MaxDigestTopics).ToList();
        var context = new List<string> { SlackText.FitEscaped($"New since {since} ({digest.TimeZoneId})", 300, SlackMrkdwn.Escape) };
        if (digest.Late) context.Add(SlackText.FitEscaped($"Delivered late: it was due {Local(digest.ScheduledAt, zone)}", 300, SlackMrkdwn.Escape));

        var quietLines = news.Skip(shown.Count).Select(s => $"{SlackMrkdwn.Bold(SlackText.FitPlain(Clean(s.Topic), 100))}: more news, not shown (message full)")
            .Concat(digest.QuietTopics.Select(t => $"Nothing new on {SlackMrkdwn.Bold(SlackText.FitPlain(Clean(t), 100))}."))
            .ToList();
        var quiet = quietLines.Count == 0 ? [] : SectionPacker.Pack(null, quietLines, 1500, 2);
        var footer = new ContextBlock([deliveryId is null ? "Preview: not posted to the channel" : SlackText.FitEscaped($"BriefingBot digest · delivery {deliveryId}", 300, SlackMrkdwn.Escape)]);
        var fallback = Fallback($"{title}: " + (news.Count > 0 ? string.Join(", ", news.Select(s => s.Topic)) : "nothing new"));
        var header = Header(title);

        var fixedText = header.TextLength + context.Sum(c => c.Length) + quiet.Sum(q => q.TextLength) + footer.TextLength + fallback.Length;
        var topicBlocks = AllocateTopics(shown, SlackLimits.TotalTextBudget - fixedText - DigestSlack, SlackLimits.MaxBlocks - FixedDigestBlocks);

        var blocks = new List<SlackBlock> { header, new ContextBlock(context) };
        blocks.AddRange(topicBlocks);
        if (quiet.Count > 0)
        {
            blocks.Add(new DividerBlock());
            blocks.AddRange(quiet);
        }
        blocks.Add(footer);
        var metadata = deliveryId is null ? null : new JsonObject
        {
            ["event_type"] = DigestEventType,
            ["event_payload"] = new JsonObject { ["delivery_id"] = deliveryId },
        };
        return new SlackMessage(fallback, blocks) { Metadata = metadata };
    }

    /// <summary>Max-min fair split of the text budget (see the Discord renderer): small topics keep all, large ones share the rest.</summary>
    private static List<SlackBlock> AllocateTopics(List<DigestSection> sections, int budget, int maxBlocks)
    {
        if (sections.Count == 0) return [];
        // Every topic opens with a divider; the remaining blocks are split evenly.
        var blocksEach = Math.Max(1, (maxBlocks / sections.Count) - 1);
        var natural = sections.Select(s => TopicBlocks(s, budget, blocksEach)).ToList();
        var result = new List<SlackBlock>[sections.Count];
        var remaining = budget;
        var left = sections.Count;
        foreach (var i in Enumerable.Range(0, sections.Count).OrderBy(i => Length(natural[i])))
        {
            var share = remaining / left--;
            result[i] = Length(natural[i]) <= share ? natural[i] : TopicBlocks(sections[i], share, blocksEach);
            remaining -= Length(result[i]);
        }
        return [.. result.SelectMany(r => r.Prepend(new DividerBlock()))];
    }

    private static int Length(List<SlackBlock> blocks) => blocks.Sum(b => b.TextLength);

    /// <summary>One topic within <paramref name="budget"/> characters and <paramref name="maxBlocks"/> sections; items are dropped whole.</summary>
    private static List<SlackBlock> TopicBlocks(DigestSection section, int budget, int maxBlocks)
    {
        var b = section.Briefing;
        var max = Math.Clamp(budget / 3, 200, SlackLimits.MaxItem);
        var summary = b.Summary.Select(s => (Line: SummaryItem(s, b.Articles, max), s.Citation)).ToList();
        var quotes = b.Quotes.Select(q => (Line: QuoteItem(q, b.Articles, max), q.Citation)).ToList();
        var dates = b.Timeline.Select(t => (Line: TimelineItem(t, b.Articles, max), t.Citation)).ToList();
        var sources = summary.Concat(quotes).Concat(dates).Select(x => x.Citation).Distinct()
            .Where(n => n >= 1 && n <= b.Articles.Count)
            .ToDictionary(n => n, n => SourceItem(b.Articles[n - 1], n));
        var heading = $"{SlackMrkdwn.Bold(SlackText.FitPlain(Clean(section.Topic), 140) is { Length: > 0 } t ? t : "(untitled topic)")} · {Count(b.MatchedArticles, "new article")}";
        int[] keep = [summary.Count, quotes.Count, dates.Count];
        while (true)
        {
            var lines = new List<string>();
            lines.AddRange(summary.Take(keep[0]).Select(x => x.Line));
            if (keep[1] > 0) lines.Add("*Key quotes*");
            lines.AddRange(quotes.Take(keep[1]).Select(x => x.Line));
            if (keep[2] > 0) lines.Add("*Key dates*");
            lines.AddRange(dates.Take(keep[2]).Select(x => x.Line));
            var cited = summary.Take(keep[0]).Concat(quotes.Take(keep[1])).Concat(dates.Take(keep[2])).Select(x => x.Citation).Where(sources.ContainsKey).Distinct().Order().ToList();
            if (cited.Count > 0) lines.Add("*Sources*");
            lines.AddRange(cited.Select(n => sources[n]));
            var more = new List<string>();
            if (summary.Count > keep[0]) more.Add($"+{summary.Count - keep[0]} more sentences");
            if (quotes.Count > keep[1]) more.Add($"+{quotes.Count - keep[1]} more quotes");
            if (dates.Count > keep[2]) more.Add($"+{dates.Count - keep[2]} more dates");
            if (more.Count > 0) lines.Add("_" + string.Join(", ", more) + "_");

            var packed = SectionPacker.Pack(heading, lines, int.MaxValue, int.MaxValue);
            var fits = packed.Sum(p => p.TextLength) <= budget && packed.Count <= maxBlocks;
            if (fits || keep.Sum() == 0) return [.. packed];
            // The group with most items left loses its last one; on a tie dates go first, then quotes, then summary.
            var drop = keep[2] >= keep[1] && keep[2] >= keep[0] ? 2 : keep[1] >= keep[0] ? 1 : 0;
            keep[drop]--;
        }
    }

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
}
