using BriefingBot.Cli.Output;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Index;
using BriefingBot.Core.Time;
using Spectre.Console;

namespace BriefingBot.Tests.Output;

public sealed class ConsoleViewTests
{
    private static (ConsoleView View, StringWriter Text) Console80()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 80;
        return (new ConsoleView(console), writer);
    }

    private static Briefing Sample(string quoteText = "We will not back down.") => new(
        "harbour",
        [new ArticleRef("a1", "Harbour terminal approved", "https://news.example/a1", "Example News", PartialDate.Parse("2025-11"))],
        [new SummaryLine("The harbour authority approved the terminal.", "a1", 0, 1)],
        [new QuoteLine(quoteText, "Ana Ruiz", QuoteKind.Direct, "a1", PartialDate.Parse("2025-11"), 1)],
        [new TimelineEntry("198", DatePrecision.Decade, "The port was built in the 1980s.", "a1", 1)],
        MatchedArticles: 3,
        Newest: PartialDate.Parse("2025-11"));

    [Fact]
    public void Briefing_Sections_ShowCitationsSpeakersAndPrecision()
    {
        var (view, text) = Console80();

        view.Briefing(Sample());

        var output = text.ToString();
        Assert.Contains("The harbour authority approved the terminal. [1]", output, StringComparison.Ordinal);
        Assert.Contains("Ana Ruiz", output, StringComparison.Ordinal);
        Assert.Contains("the 1980s (decade)", output, StringComparison.Ordinal);
        Assert.Contains("[1] Harbour terminal approved", output, StringComparison.Ordinal);
        Assert.Contains("3 matching article(s), 1 cited, newest 2025-11", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Briefing_LinesFitAnEightyColumnTerminal()
    {
        var (view, text) = Console80();

        view.Briefing(Sample(string.Join(' ', Enumerable.Repeat("a long quoted sentence that keeps going", 10))));

        Assert.All(text.ToString().Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, $"Too wide: {line}"));
    }

    [Fact]
    public void Briefing_MarkupInArticleText_PrintsLiterally()
    {
        var (view, text) = Console80();

        view.Briefing(Sample("[red]not markup[/] and [[brackets]]"));

        Assert.Contains("[red]not markup[/] and [[brackets]]", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Briefing_NothingMatches_SaysSoAndSuggestsSources()
    {
        var (view, text) = Console80();

        view.Briefing(new Briefing("volcano", [], [], [], [], 0, null));

        Assert.Contains("Nothing in the index matches volcano", text.ToString(), StringComparison.Ordinal);
    }
}
