using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Replies;
using BriefingBot.Core.Index;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// Turns Core replies into Discord messages that always fit Discord's limits. Pure: no I/O, no clock.
/// Items (sentences, quotes, dates, sources) are kept or dropped whole; dropped ones are counted in the footer.
/// </summary>
public static partial class DiscordMessageRenderer
{
    private const int BriefingColor = 0x2B6CB0;
    private const int InfoColor = 0x5865F2;
    private const int SuccessColor = 0x57F287;
    private const int ErrorColor = 0xED4245;

    /// <summary>Longest single item line: a field value, so any line can go in a description or a field.</summary>
    private const int MaxLine = DiscordLimits.FieldValue;

    public static DiscordMessage Render(BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var flags = reply.Ephemeral ? DiscordMessage.EphemeralFlag : (int?)null;
        return reply switch
        {
            BriefingReply b => RenderBriefing(b.Briefing, flags),
            QuotesReply q => RenderQuotes(q.Quotes, flags),
            TimelineReply t => RenderTimeline(t.Timeline, flags),
            SourcesReply s => RenderSources(s.Statistics, flags),
            MessageReply m => RenderMessage(m, flags),
            DigestReply d => RenderDigest(d.Digest, null, flags),
            _ => RenderMessage(MessageReply.Error("Unsupported answer", "This answer cannot be shown in Discord yet."), DiscordMessage.EphemeralFlag),
        };
    }

    public static DiscordMessage RenderBriefing(Briefing briefing, int? flags = null)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var topic = DiscordMarkdown.Escape(briefing.Topic);
        if (briefing.IsEmpty)
            return Nothing($"Briefing: {topic}", $"Nothing in the index matches **{DiscordMarkdown.Fit(topic, 200)}** yet.", flags);

        var composer = new EmbedComposer($"Briefing: {topic}", BriefingColor);
        var cited = new SortedSet<int>();
        var summary = briefing.Summary.Select(s => Cited(room => DiscordMarkdown.Fit(Plain(s.Text), room), s.Citation, briefing.Articles)).ToList();
        var droppedSummary = Add(summary, cited, c => composer.AddLines(c, "Summary (cont.)", 2400));
        var quotes = briefing.Quotes.Select(q => Cited(room => QuoteText(q, room), q.Citation, briefing.Articles)).ToList();
        var droppedQuotes = Add(quotes, cited, c => composer.AddFieldLines("Key quotes", c, 1500));
        var dates = briefing.Timeline.Select(t => Cited(room => TimelineText(t, room), t.Citation, briefing.Articles)).ToList();
        var droppedDates = Add(dates, cited, c => composer.AddFieldLines("Key dates", c, 1300));
        var droppedSources = composer.AddFieldLines("Sources", SourceLines(briefing.Articles, cited));

        var footer = new List<string> { Matched(briefing.MatchedArticles) };
        if (briefing.Newest is { } newest) footer.Add("newest " + DiscordDates.Format(newest));
        if (briefing.NewSince is { } since) footer.Add("new since " + since.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        footer.AddRange(More(droppedSummary, "sentence", "sentences"));
        footer.AddRange(More(droppedQuotes, "quote", "quotes"));
        footer.AddRange(More(droppedDates, "date", "dates"));
        footer.AddRange(More(droppedSources, "source", "sources"));
        return composer.Build(string.Join(" · ", footer), flags);
    }

    public static DiscordMessage RenderQuotes(QuoteList quotes, int? flags = null)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var who = quotes.Speaker is { Length: > 0 } s ? DiscordMarkdown.Escape(s) : "everyone";
        var title = quotes.Topic is { Length: > 0 } t ? $"Quotes: {who} on {DiscordMarkdown.Escape(t)}" : $"Quotes: {who}";
        if (quotes.Quotes.Count == 0)
            return Nothing(title, $"No quotes found for **{DiscordMarkdown.Fit(who, 200)}**. Try another spelling or fewer topic words.", flags);

        var composer = new EmbedComposer(title, BriefingColor);
        var cited = new SortedSet<int>();
        var lines = quotes.Quotes.Select(q => Cited(room => QuoteText(q, room, withDate: true), q.Citation, quotes.Articles)).ToList();
        var dropped = Add(lines, cited, c => composer.AddLines(c, "More quotes", 4200));
        var droppedSources = composer.AddFieldLines("Sources", SourceLines(quotes.Articles, cited));
        var footer = new List<string> { Count(quotes.Quotes.Count, "quote", "quotes") + ", newest first" };
        footer.AddRange(More(dropped, "quote", "quotes"));
        footer.AddRange(More(droppedSources, "source", "sources"));
        return composer.Build(string.Join(" · ", footer), flags);
    }

    public static DiscordMessage RenderTimeline(Timeline timeline, int? flags = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var title = $"Timeline: {DiscordMarkdown.Escape(timeline.Topic)}";
        if (timeline.Entries.Count == 0)
            return Nothing(title, "No dated events found for this topic.", flags);

        var composer = new EmbedComposer(title, BriefingColor);
        var cited = new SortedSet<int>();
        var lines = timeline.Entries.Select(e => Cited(room => TimelineText(e, room), e.Citation, timeline.Articles)).ToList();
        var dropped = Add(lines, cited, c => composer.AddLines(c, "Timeline (cont.)", 4200));
        var droppedSources = composer.AddFieldLines("Sources", SourceLines(timeline.Articles, cited));
        var footer = new List<string> { Matched(timeline.MatchedArticles), Count(timeline.Entries.Count, "dated event", "dated events") + ", oldest first" };
        footer.AddRange(More(dropped, "event", "events"));
        footer.AddRange(More(droppedSources, "source", "sources"));
        return composer.Build(string.Join(" · ", footer), flags);
    }

    public static DiscordMessage RenderSources(IndexStatistics statistics, int? flags = null)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var composer = new EmbedComposer("What the index holds", InfoColor);
        var summary = $"**{statistics.Count.ToString("N0", CultureInfo.InvariantCulture)}** articles";
        if (statistics.Newest is { } newest) summary += $", newest published {DiscordDates.Format(newest)}";
        if (statistics.LastIngest is { } last) summary += $", last ingest {last.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}";
        composer.TryAddDescriptionLine(summary + ".");
        var lines = statistics.Sources
            .OrderByDescending(s => s.Count)
            .Select(s => DiscordMarkdown.Fit($"{DiscordMarkdown.Escape(s.Source)}: {s.Count.ToString(CultureInfo.InvariantCulture)}", MaxLine));
        var dropped = composer.AddFieldLines("Sources", lines);
        return composer.Build(string.Join(" · ", More(dropped, "source", "sources")), flags);
    }

    public static DiscordMessage RenderMessage(MessageReply message, int? flags = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var color = message.Tone switch { MessageTone.Error => ErrorColor, MessageTone.Success => SuccessColor, _ => InfoColor };
        // Message lines are written by BriefingBot (help, confirmations) and may carry deliberate `code` markdown;
        // only mentions are defused here. Anything echoing user input is escaped by the command handlers.
        var composer = new EmbedComposer(Defuse(message.Title), color);
        var lines = message.Lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => DiscordMarkdown.Fit(Defuse(l), MaxLine));
        var dropped = composer.AddLines(lines, "More");
        return composer.Build(string.Join(" · ", More(dropped, "line", "lines")), flags);
    }

    private static DiscordMessage Nothing(string title, string text, int? flags)
    {
        var composer = new EmbedComposer(title, InfoColor);
        composer.TryAddDescriptionLine(text);
        return composer.Build(null, flags);
    }

    /// <summary>Adds cited lines and records which citations made it, so the source list names only those.</summary>
    /// <remarks>The composer keeps a prefix of the lines (after the first refusal it drops the rest, to keep order).</remarks>
    private static int Add(List<(string Line, int Citation)> items, SortedSet<int> cited, Func<IEnumerable<string>, int> add)
    {
        var dropped = add(items.Select(i => i.Line));
        foreach (var (_, citation) in items.Take(items.Count - dropped)) cited.Add(citation);
        return dropped;
    }

    /// <summary>"text [n]" within one line: the text is shortened to the room left by the citation, which stays whole.</summary>
    private static (string Line, int Citation) Cited(Func<int, string> text, int citation, IReadOnlyList<ArticleRef> articles)
    {
        var url = citation >= 1 && citation <= articles.Count ? articles[citation - 1].Url : null;
        var mark = DiscordMarkdown.Citation(citation, url);
        return (text(MaxLine - mark.Length - 1) + " " + mark, citation);
    }

    private static string Plain(string text) => DiscordMarkdown.Escape(text) is { Length: > 0 } escaped ? escaped : "(empty)";

    private static string QuoteText(QuoteLine quote, int room, bool withDate = false)
    {
        var speaker = quote.Speaker is { Length: > 0 } s ? $"**{DiscordMarkdown.Fit(DiscordMarkdown.Escape(s), 100)}**" : "*unattributed*";
        var date = withDate && quote.Published is { } p ? ", " + DiscordDates.Format(p) : string.Empty;
        var attribution = $" — {speaker}{date}";
        // The attribution and the closing quotation mark must survive fitting, so shorten the quoted words only.
        var text = DiscordMarkdown.Fit(Plain(quote.Text), room - attribution.Length - 2);
        var said = quote.Kind == QuoteKind.Indirect ? text : $"“{text}”";
        return said + attribution;
    }

    private static string TimelineText(TimelineEntry entry, int room)
    {
        var date = $"**{DiscordMarkdown.Fit(DiscordMarkdown.Escape(DiscordDates.Format(entry.Date, entry.Precision)), 60)}** ";
        return date + DiscordMarkdown.Fit(Plain(entry.Text), room - date.Length);
    }

    private static IEnumerable<string> SourceLines(IReadOnlyList<ArticleRef> articles, SortedSet<int> cited)
    {
        foreach (var n in cited)
        {
            if (n < 1 || n > articles.Count) continue;
            var article = articles[n - 1];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"\\[{n}\\] ");
            var details = new List<string>();
            if (article.Source is { Length: > 0 } source) details.Add(DiscordMarkdown.Escape(source));
            if (article.Published is { } published) details.Add(DiscordDates.Format(published));
            var suffix = details.Count > 0 ? " · " + DiscordMarkdown.Fit(string.Join(", ", details), 120) : string.Empty;
            var title = DiscordMarkdown.Escape(article.Title.Length > 0 ? article.Title : "untitled");
            var room = MaxLine - prefix.Length - suffix.Length - (DiscordMarkdown.SafeUrl(article.Url)?.Length ?? 0) - 4;
            yield return prefix + DiscordMarkdown.Link(DiscordMarkdown.Fit(title, Math.Clamp(room, 8, 200)), article.Url) + suffix;
        }
    }

    /// <summary>For BriefingBot's own texts (which use `code` markdown on purpose): defuse mentions only.</summary>
    private static string Defuse(string text) =>
        MentionStart().Replace(text, @"\<")
            .Replace("@everyone", "@\u200Beveryone", StringComparison.OrdinalIgnoreCase)
            .Replace("@here", "@\u200Bhere", StringComparison.OrdinalIgnoreCase);

    /// <summary>Starts of user, role, channel, emoji and timestamp mentions.</summary>
    [GeneratedRegex("(?<!\\\\)<(?=[@#:]|a:|t:)")]
    private static partial Regex MentionStart();

    private static string Matched(int count) => Count(count, "article matched", "articles matched");

    private static string Count(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    private static IEnumerable<string> More(int dropped, string one, string many) =>
        dropped > 0 ? ["+" + Count(dropped, "more " + one, "more " + many)] : [];
}
