using System.Globalization;
using System.Text;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Digests;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// Digests: one message, the header and "nothing new" lines in <c>content</c>, one embed per topic with news, and the
/// delivery id in the last embed's footer (where <c>DiscordDigestSender.ConfirmAsync</c> looks for it). The 6000-character
/// embed total is shared fairly between topics: a short topic keeps everything and leaves the rest to longer ones.
/// </summary>
public static partial class DiscordMessageRenderer
{
    private const int QuietColor = 0x718096;

    /// <summary>Prefix of the footer part naming the delivery; the sender searches footers for <c>prefix + key</c>.</summary>
    internal const string DeliveryFooterPrefix = "delivery ";

    private const string PreviewFooter = "preview: not posted to the channel";

    /// <summary>Room kept in <c>content</c> for the closing "+N more" line.</summary>
    private const int ContentReserve = 120;

    /// <summary>The footer text that carries <paramref name="deliveryId"/>; the sender matches exactly this.</summary>
    internal static string DeliveryFooter(string deliveryId) => DeliveryFooterPrefix + deliveryId;

    /// <summary>Renders a digest to post. <paramref name="deliveryId"/> goes in the footer; null renders a preview.</summary>
    public static DiscordMessage RenderDigest(Digest digest, string? deliveryId, int? flags = null)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var keyFooter = deliveryId is null ? PreviewFooter : DeliveryFooter(deliveryId);
        var zone = Zone(digest.TimeZoneId);
        var since = Local(digest.Since, zone);

        var news = digest.WithNews.ToList();
        var shown = news.Take(DiscordLimits.Embeds).ToList();
        // Each embed footer joins the key with " · ".
        var total = DiscordLimits.EmbedTotal - keyFooter.Length - 3;
        var embeds = AllocateTopicEmbeds(shown, total);
        if (embeds.Count == 0)
        {
            embeds.Add(new DiscordEmbed(DiscordMarkdown.Fit("Nothing new since " + since, DiscordLimits.Title), null, [], null, QuietColor));
        }
        var last = embeds[^1];
        var footer = last.Footer is { Text.Length: > 0 } f ? f.Text + " · " + keyFooter : keyFooter;
        embeds[^1] = last with { Footer = new DiscordEmbedFooter(DiscordMarkdown.Fit(footer, DiscordLimits.Footer)) };

        var content = DigestContent(digest, deliveryId is null, since, zone, news.Skip(shown.Count).Select(s => s.Topic).ToList());
        return new DiscordMessage(content, embeds, flags);
    }

    /// <summary>
    /// Max-min fair split of the embed budget: topics are measured with the whole budget, then the smallest keep their
    /// natural size and the rest share what is left equally, each rebuilt (dropping whole items) to its share.
    /// </summary>
    private static List<DiscordEmbed> AllocateTopicEmbeds(List<DigestSection> sections, int total)
    {
        var natural = sections.Select(s => TopicEmbed(s, total)).ToList();
        var result = new DiscordEmbed[sections.Count];
        var remaining = total;
        var left = sections.Count;
        foreach (var i in Enumerable.Range(0, sections.Count).OrderBy(i => natural[i].TextLength))
        {
            var share = remaining / left--;
            result[i] = natural[i].TextLength <= share ? natural[i] : TopicEmbed(sections[i], share);
            remaining -= result[i].TextLength;
        }
        return [.. result];
    }

    /// <summary>One topic within <paramref name="budget"/> characters: items are dropped whole, from the largest group first.</summary>
    private static DiscordEmbed TopicEmbed(DigestSection section, int budget)
    {
        var b = section.Briefing;
        // Long lines would let one sentence eat a small share; shorten them at a word instead.
        var lineRoom = Math.Clamp(budget / 3, 120, MaxLine);
        var summary = b.Summary.Select(s => DigestCited(lineRoom, room => DiscordMarkdown.Fit(Plain(s.Text), room), s.Citation, b.Articles)).ToList();
        var quotes = b.Quotes.Select(q => DigestCited(lineRoom, room => QuoteText(q, room), q.Citation, b.Articles)).ToList();
        var dates = b.Timeline.Select(t => DigestCited(lineRoom, room => TimelineText(t, room), t.Citation, b.Articles)).ToList();
        // Source lines are escaped once per topic, not once per attempt below.
        var sources = summary.Concat(quotes).Concat(dates).Select(x => x.Citation).Distinct()
            .Select(n => (Number: n, Line: SourceLines(b.Articles, [n]).FirstOrDefault()))
            .Where(x => x.Line is not null)
            .ToDictionary(x => x.Number, x => x.Line!);
        int[] keep = [summary.Count, quotes.Count, dates.Count];
        while (true)
        {
            var embed = ComposeTopic(section, sources, summary.Take(keep[0]).ToList(), quotes.Take(keep[1]).ToList(), dates.Take(keep[2]).ToList(),
                summary.Count - keep[0], quotes.Count - keep[1], dates.Count - keep[2]);
            var fits = embed.TextLength <= budget && (embed.Description?.Length ?? 0) <= DiscordLimits.Description && embed.Fields.Count <= DiscordLimits.Fields;
            if (fits || keep.Sum() == 0) return embed;
            // The group with most items left loses its last one; on a tie dates go first, then quotes, then summary.
            var drop = keep[2] >= keep[1] && keep[2] >= keep[0] ? 2 : keep[1] >= keep[0] ? 1 : 0;
            keep[drop]--;
        }
    }

    private static DiscordEmbed ComposeTopic(
        DigestSection section,
        Dictionary<int, string> sources,
        List<(string Line, int Citation)> summary,
        List<(string Line, int Citation)> quotes,
        List<(string Line, int Citation)> dates,
        int droppedSummary,
        int droppedQuotes,
        int droppedDates)
    {
        var b = section.Briefing;
        var cited = new SortedSet<int>(summary.Concat(quotes).Concat(dates).Select(x => x.Citation));
        var fields = new List<DiscordEmbedField>();
        AddFields(fields, "Key quotes", quotes.Select(q => q.Line));
        AddFields(fields, "Key dates", dates.Select(d => d.Line));
        AddFields(fields, "Sources", cited.Where(sources.ContainsKey).Select(n => sources[n]));

        var footer = new List<string> { Count(b.MatchedArticles, "new article", "new articles") };
        footer.AddRange(More(droppedSummary, "sentence", "sentences"));
        footer.AddRange(More(droppedQuotes, "quote", "quotes"));
        footer.AddRange(More(droppedDates, "date", "dates"));
        var title = DiscordMarkdown.Escape(section.Topic) is { Length: > 0 } t ? DiscordMarkdown.Fit(t, DiscordLimits.Title) : "(untitled topic)";
        var description = summary.Count > 0 ? string.Join('\n', summary.Select(s => s.Line)) : null;
        return new DiscordEmbed(title, description, fields, new DiscordEmbedFooter(string.Join(" · ", footer)), BriefingColor);
    }

    /// <summary>Packs lines into fields of at most 1024 characters, continuing as "name (cont.)".</summary>
    private static void AddFields(List<DiscordEmbedField> fields, string name, IEnumerable<string> lines)
    {
        var value = new StringBuilder();
        var first = true;
        foreach (var line in lines)
        {
            if (value.Length > 0 && value.Length + 1 + line.Length > DiscordLimits.FieldValue)
            {
                fields.Add(new DiscordEmbedField(first ? name : name + " (cont.)", value.ToString()));
                first = false;
                value.Clear();
            }
            if (value.Length > 0) value.Append('\n');
            value.Append(line);
        }
        if (value.Length > 0) fields.Add(new DiscordEmbedField(first ? name : name + " (cont.)", value.ToString()));
    }

    /// <summary>Like <see cref="Cited"/> within <paramref name="lineRoom"/>; a long URL is left off the citation (the source list links it).</summary>
    private static (string Line, int Citation) DigestCited(int lineRoom, Func<int, string> text, int citation, IReadOnlyList<Core.Index.ArticleRef> articles)
    {
        var url = citation >= 1 && citation <= articles.Count ? articles[citation - 1].Url : null;
        var mark = DiscordMarkdown.Citation(citation, url);
        if (mark.Length > lineRoom / 2) mark = DiscordMarkdown.Citation(citation, null);
        // At least 130 so a quote's attribution (speaker up to 100 characters) always fits.
        var room = Math.Max(lineRoom - mark.Length - 1, 130);
        return (text(room) + " " + mark, citation);
    }

    private static string DigestContent(Digest digest, bool preview, string since, TimeZoneInfo zone, List<string> hiddenTopics)
    {
        var header = (preview ? "Preview: " : string.Empty) + $"**Digest for {DiscordMarkdown.Escape(digest.PeriodKey)}**";
        if (digest.Late) header += $", late (was due {Local(digest.ScheduledAt, zone)})";
        header += $" · new since {since} ({DiscordMarkdown.Escape(digest.TimeZoneId)})";
        var lines = new List<string> { DiscordMarkdown.Fit(header, 500) };
        var pending = new List<string>();
        if (hiddenTopics.Count > 0)
            pending.Add(DiscordMarkdown.Fit($"+{Count(hiddenTopics.Count, "more topic", "more topics")} with news: " + string.Join(", ", hiddenTopics.Select(DiscordMarkdown.Escape)), 300));
        pending.AddRange(digest.QuietTopics.Select(t => $"Nothing new on **{DiscordMarkdown.Fit(DiscordMarkdown.Escape(t) is { Length: > 0 } e ? e : "(untitled)", 200)}**."));
        var used = lines[0].Length;
        var shown = 0;
        foreach (var line in pending)
        {
            if (used + 1 + line.Length > DiscordLimits.Content - ContentReserve) break;
            lines.Add(line);
            used += 1 + line.Length;
            shown++;
        }
        if (shown < pending.Count) lines.Add($"+{Count(pending.Count - shown, "more line", "more lines")}");
        return string.Join('\n', lines);
    }

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
}
