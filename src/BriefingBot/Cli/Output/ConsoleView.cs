using BriefingBot.Core.Analysis;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Index;
using BriefingBot.Core.Time;
using Spectre.Console;

namespace BriefingBot.Cli.Output;

/// <summary>
/// Human output for an 80-column terminal: numbered citations with titles, speakers in bold, dates with their
/// precision. All article text is escaped, so markup-like text in an article prints literally.
/// </summary>
internal sealed class ConsoleView(IAnsiConsole console)
{
    public void Briefing(Briefing b)
    {
        Header($"Briefing: {b.Topic}", Footer(b.MatchedArticles, b.Articles.Count, b.Newest));
        if (b.IsEmpty)
        {
            console.MarkupLine(b.MatchedArticles == 0
                ? $"[yellow]Nothing in the index matches[/] [bold]{Markup.Escape(b.Topic)}[/]. Try `sources` to see what is indexed."
                : $"[yellow]{b.MatchedArticles} article(s) mention[/] [bold]{Markup.Escape(b.Topic)}[/][yellow], but none has summary sentences, quotes or dates to show.[/]");
            return;
        }
        Section("Summary");
        foreach (var line in b.Summary) Bullet($"{Markup.Escape(line.Text)} {Cite(line.Citation)}");
        QuotesSection("Key quotes", b.Quotes);
        TimelineSection("Timeline", b.Timeline);
        Sources(b.Articles);
    }

    public void QuoteList(QuoteList q)
    {
        var about = q.Topic is null ? string.Empty : $" about {q.Topic}";
        Header($"Quotes: {q.Speaker ?? "everyone"}{about}", $"{q.Quotes.Count} quote(s), newest first");
        if (q.Quotes.Count == 0)
        {
            console.MarkupLine($"[yellow]No quotes found[/] for [bold]{Markup.Escape(q.Speaker ?? string.Empty)}[/]{Markup.Escape(about)}.");
            return;
        }
        QuotesSection(null, q.Quotes, withDate: true);
        Sources(q.Articles);
    }

    public void Timeline(Timeline t)
    {
        Header($"Timeline: {t.Topic}", Footer(t.MatchedArticles, t.Articles.Count, null));
        if (t.Entries.Count == 0)
        {
            console.MarkupLine($"[yellow]No dated events found[/] for [bold]{Markup.Escape(t.Topic)}[/].");
            return;
        }
        TimelineSection(null, t.Entries);
        Sources(t.Articles);
    }

    public void Sources(IndexStatistics s)
    {
        Header("Sources", $"{s.Count} article(s), newest {s.Newest?.ToString() ?? "unknown"}");
        var table = new Table().Border(TableBorder.Simple).AddColumn("Source").AddColumn(new TableColumn("Articles").RightAligned());
        foreach (var source in s.Sources) table.AddRow(Markup.Escape(source.Source), source.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
        if (s.LastIngest is { } last) console.MarkupLine($"[grey]Last ingest {last:yyyy-MM-dd HH:mm} UTC[/]");
    }

    private void QuotesSection(string? title, IReadOnlyList<QuoteLine> quotes, bool withDate = false)
    {
        if (quotes.Count == 0) return;
        if (title is not null) Section(title);
        foreach (var q in quotes)
        {
            var who = q.Speaker is null ? "[grey]unknown speaker[/]" : $"[bold]{Markup.Escape(q.Speaker)}[/]";
            var when = withDate && q.Published is { } p ? $" [grey]({p})[/]" : string.Empty;
            // Reported speech is not verbatim: never dress it in quotation marks.
            Bullet(q.Kind == QuoteKind.Indirect
                ? $"{who} (reported): {Markup.Escape(q.Text.Trim())}{when} {Cite(q.Citation)}"
                : $"“{Markup.Escape(q.Text.Trim())}” — {who}{when} {Cite(q.Citation)}");
        }
    }

    private void TimelineSection(string? title, IReadOnlyList<TimelineEntry> entries)
    {
        if (entries.Count == 0) return;
        if (title is not null) Section(title);
        foreach (var e in entries)
            Bullet($"[bold]{Markup.Escape(TimexValue.Describe(e.Date))}[/] [grey]({AnswerJson.Precision(e.Precision)})[/] {Markup.Escape(e.Text)} {Cite(e.Citation)}");
    }

    private void Sources(IReadOnlyList<ArticleRef> articles)
    {
        if (articles.Count == 0) return;
        Section("Sources");
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            var meta = string.Join(", ", new[] { a.Source, a.Published?.ToString() }.Where(x => !string.IsNullOrEmpty(x)));
            console.MarkupLine($" [blue][[{i + 1}]][/] {Markup.Escape(a.Title)}{(meta.Length > 0 ? $" [grey]— {Markup.Escape(meta)}[/]" : string.Empty)}");
            if (a.Url is not null) console.MarkupLine($"     [link]{Markup.Escape(a.Url)}[/]");
        }
    }

    private void Header(string title, string subtitle)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
        console.MarkupLine($"[grey]{Markup.Escape(subtitle)}[/]");
    }

    private void Section(string title)
    {
        console.WriteLine();
        console.MarkupLine($"[underline]{Markup.Escape(title)}[/]");
    }

    private void Bullet(string markup) => console.Write(new Padder(new Markup("• " + markup), new Padding(1, 0, 0, 0)));

    private static string Cite(int number) => $"[blue][[{number}]][/]";

    private static string Footer(int matched, int cited, PartialDate? newest) =>
        $"{matched} matching article(s), {cited} cited" + (newest is { } n ? $", newest {n}" : string.Empty);
}
