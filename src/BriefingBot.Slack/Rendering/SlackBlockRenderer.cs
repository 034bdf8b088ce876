using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Replies;
using BriefingBot.Core.Index;

namespace BriefingBot.Slack.Rendering;

/// <summary>
/// Renders Core replies as Block Kit, always within Slack's limits (see <see cref="SlackLimits"/>): items are
/// selected whole, long ones shortened at a word boundary, and dropped ones counted as "+N more".
/// Pure: no I/O, no clock.
/// </summary>
internal static partial class SlackBlockRenderer
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static SlackMessage Render(BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply switch
        {
            BriefingReply b => RenderBriefing(b.Briefing),
            QuotesReply q => RenderQuotes(q.Quotes),
            TimelineReply t => RenderTimeline(t.Timeline),
            SourcesReply s => RenderSources(s.Statistics),
            MessageReply m => RenderMessage(m),
            DigestReply d => RenderDigest(d.Digest, null),
            _ => RenderMessage(new MessageReply("Unsupported answer", ["This answer cannot be shown in Slack yet."], MessageTone.Error)),
        };
    }

    private static SlackMessage RenderBriefing(Briefing briefing)
    {
        var title = $"Briefing: {briefing.Topic}";
        if (briefing.IsEmpty)
            return Nothing(title, $"Nothing found about {briefing.Topic} in the index yet.");

        var blocks = new List<SlackBlock> { Header(title) };
        AddGroup(blocks, "*Summary*", [.. briefing.Summary.Select(s => SummaryItem(s, briefing.Articles))], 3000, 4);
        AddGroup(blocks, "*Key quotes*", [.. briefing.Quotes.Select(q => QuoteItem(q, briefing.Articles))], 2400, 3);
        AddGroup(blocks, "*Key dates*", [.. briefing.Timeline.Select(e => TimelineItem(e, briefing.Articles))], 2000, 3);
        AddGroup(blocks, "*Sources*", SourceItems(briefing.Articles), 1500, 2);

        var footer = new List<string> { Count(briefing.MatchedArticles, "article") + " matched" };
        if (briefing.Newest is { } newest) footer.Add("newest " + SlackDates.Format(newest));
        if (briefing.NewSince is { } since) footer.Add("new since " + since.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", Culture));
        blocks.Add(new ContextBlock(footer));

        var first = briefing.Summary.Count > 0 ? briefing.Summary[0].Text : briefing.Quotes.Count > 0 ? briefing.Quotes[0].Text : briefing.Timeline[0].Text;
        return new SlackMessage(Fallback($"{title}: {first}"), blocks);
    }

    private static SlackMessage RenderQuotes(QuoteList quotes)
    {
        var who = quotes.Speaker ?? "everyone";
        var title = quotes.Topic is null ? $"Quotes: {who}" : $"Quotes: {who} on {quotes.Topic}";
        if (quotes.Quotes.Count == 0)
            return Nothing(title, $"No quotes found for {title[8..]}.");

        var blocks = new List<SlackBlock> { Header(title) };
        AddGroup(blocks, null, [.. quotes.Quotes.Select(q => QuoteItem(q, quotes.Articles))], 6500, 10);
        AddGroup(blocks, "*Sources*", SourceItems(quotes.Articles), 1500, 2);
        blocks.Add(new ContextBlock([Count(quotes.Quotes.Count, "quote") + ", newest first"]));
        return new SlackMessage(Fallback($"{title}: {quotes.Quotes[0].Text}"), blocks);
    }

    private static SlackMessage RenderTimeline(Timeline timeline)
    {
        var title = $"Timeline: {timeline.Topic}";
        if (timeline.Entries.Count == 0)
            return Nothing(title, $"No dated events found about {timeline.Topic}.");

        var blocks = new List<SlackBlock> { Header(title) };
        AddGroup(blocks, null, [.. timeline.Entries.Select(e => TimelineItem(e, timeline.Articles))], 6500, 10);
        AddGroup(blocks, "*Sources*", SourceItems(timeline.Articles), 1500, 2);
        blocks.Add(new ContextBlock([Count(timeline.Entries.Count, "event") + ", oldest first", Count(timeline.MatchedArticles, "article") + " matched"]));
        var first = timeline.Entries[0];
        return new SlackMessage(Fallback($"{title}: {SlackDates.Format(first.Date, first.Precision)} {first.Text}"), blocks);
    }

    private static SlackMessage RenderSources(IndexStatistics statistics)
    {
        var fields = new List<string>
        {
            "*Articles*\n" + statistics.Count.ToString("N0", Culture),
            "*Newest*\n" + (statistics.Newest is { } newest ? SlackDates.Format(newest) : "none"),
            "*Last ingest*\n" + (statistics.LastIngest is { } last ? last.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", Culture) : "never"),
            "*Outlets*\n" + statistics.Sources.Count.ToString("N0", Culture),
        };
        var blocks = new List<SlackBlock> { Header("What the index holds"), new SectionBlock(null, fields) };
        var lines = statistics.Sources
            .Select(s => "• " + SlackText.FitEscaped(Clean(s.Source), 200, SlackMrkdwn.EscapeArticle) + ": " + s.Count.ToString("N0", Culture))
            .ToList();
        AddGroup(blocks, "*By outlet*", lines, 6000, 5);
        return new SlackMessage(Fallback($"The index holds {Count(statistics.Count, "article")}."), blocks);
    }

    private static SlackMessage RenderMessage(MessageReply message)
    {
        var prefix = message.Tone switch
        {
            MessageTone.Error => ":warning: ",
            MessageTone.Success => ":white_check_mark: ",
            _ => string.Empty,
        };
        var heading = prefix + "*" + SlackText.FitEscaped(message.Title.Replace('*', ' '), 200, SlackMrkdwn.Escape) + "*";
        // Our own texts keep their `code` spans; only the control characters are escaped (they may echo user input).
        var lines = message.Lines.Select(l => SlackText.FitEscaped(l, SlackLimits.MaxItem, SlackMrkdwn.Escape)).Where(l => l.Length > 0).ToList();
        var blocks = new List<SlackBlock>();
        if (lines.Count == 0) blocks.Add(new SectionBlock(heading));
        else AddGroup(blocks, heading, lines, 9000, 10);
        var fallback = message.Lines.Count > 0 ? $"{message.Title}: {message.Lines[0]}" : message.Title;
        return new SlackMessage(Fallback(fallback), blocks);
    }

    private static SlackMessage Nothing(string title, string text) =>
        new(Fallback(text), [Header(title), new SectionBlock(SlackText.FitEscaped(text, SlackLimits.MaxItem, SlackMrkdwn.EscapeArticle))]);

    private static void AddGroup(List<SlackBlock> blocks, string? heading, List<string> items, int maxChars, int maxBlocks)
    {
        if (items.Count == 0) return;
        if (blocks.Count > 1) blocks.Add(new DividerBlock());
        blocks.AddRange(SectionPacker.Pack(heading, items, maxChars, maxBlocks));
    }

    private static string SummaryItem(SummaryLine line, IReadOnlyList<ArticleRef> articles, int max = SlackLimits.MaxItem) =>
        Item("• ", line.Text, " " + Cite(line.Citation, articles), max);

    private static string QuoteItem(QuoteLine quote, IReadOnlyList<ArticleRef> articles, int max = SlackLimits.MaxItem)
    {
        var speaker = quote.Speaker is { Length: > 0 } name ? SlackMrkdwn.Bold(SlackText.FitPlain(Clean(name), 100)) : "_Unattributed_";
        var when = quote.Published is { } date ? " · " + SlackDates.Format(date) : string.Empty;
        return quote.Kind == QuoteKind.Indirect
            ? Item($"• {speaker} (reported): ", quote.Text, $" {Cite(quote.Citation, articles)}{when}", max)
            : Item($"• {speaker}: “", quote.Text, $"” {Cite(quote.Citation, articles)}{when}", max);
    }

    private static string TimelineItem(TimelineEntry entry, IReadOnlyList<ArticleRef> articles, int max = SlackLimits.MaxItem) =>
        Item($"• {SlackMrkdwn.Bold(SlackText.FitPlain(Clean(SlackDates.Format(entry.Date, entry.Precision)), 60))}: ", entry.Text, " " + Cite(entry.Citation, articles), max);

    private static List<string> SourceItems(IReadOnlyList<ArticleRef> articles) =>
        [.. articles.Select((a, i) => SourceItem(a, i + 1))];

    private static string SourceItem(ArticleRef article, int number)
    {
        var title = SlackText.FitEscaped(Clean(article.Title.Length > 0 ? article.Title : article.Id), 250, SlackMrkdwn.EscapeArticle);
        var label = SlackMrkdwn.Link(article.Url, title) ?? title;
        var details = new List<string>();
        if (article.Source is { Length: > 0 } source) details.Add(SlackText.FitEscaped(Clean(source), 80, SlackMrkdwn.EscapeArticle));
        if (article.Published is { } published) details.Add(SlackDates.Format(published));
        return details.Count == 0 ? $"[{number}] {label}" : $"[{number}] {label} · {string.Join(" · ", details)}";
    }

    /// <summary>Citation numbers index the reply's Articles list from 1; an out-of-range one is shown unlinked.</summary>
    private static string Cite(int citation, IReadOnlyList<ArticleRef> articles) =>
        citation >= 1 && citation <= articles.Count
            ? SlackMrkdwn.Citation(articles[citation - 1].Url, citation)
            : string.Create(Culture, $"[{citation}]");

    /// <summary>One bullet: our prefix and suffix kept whole, the article text shortened at a word to fit <see cref="SlackLimits.MaxItem"/>.</summary>
    private static string Item(string prefix, string text, string suffix, int max = SlackLimits.MaxItem)
    {
        var room = max - prefix.Length - suffix.Length;
        return prefix + SlackText.FitEscaped(Clean(text), Math.Max(room, 0), SlackMrkdwn.EscapeArticle) + suffix;
    }

    private static HeaderBlock Header(string title) => new HeaderBlock(SlackText.FitPlain(Clean(title), SlackLimits.MaxHeaderText));

    private static string Fallback(string text) => SlackText.FitEscaped(Clean(text), SlackLimits.MaxFallbackText, SlackMrkdwn.Escape);

    private static string Count(int n, string noun) => string.Create(Culture, $"{n:N0} {noun}{(n == 1 ? string.Empty : "s")}");

    /// <summary>Newlines inside article text would break the one-bullet-per-line layout.</summary>
    private static string Clean(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
