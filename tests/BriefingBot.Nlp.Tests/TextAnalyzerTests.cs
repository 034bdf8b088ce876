using BriefingBot.Core.Analysis;
using BriefingBot.Core.Time;

namespace BriefingBot.Nlp.Tests;

public sealed class TextAnalyzerTests
{
    [Fact]
    public void Analyze_SeedArticle_MatchesGoldenExpectations()
    {
        var text = ReadSeed();
        var result = new TextAnalyzer().Analyze(new DocumentInput(text, new PartialDate(2025, 11, 15)));
        var a = result.Analysis;

        Assert.True(a.Truncated);
        Assert.False(result.PublishedInferred);
        string[] trailing = ["Toi Staff", "Sabine Sterk", "Penny S. Tee", "Gideon Levy", "Waka Ikeda", "Grant Arthur Gochin", "Rachel Marsden"];
        foreach (var name in trailing)
        {
            Assert.DoesNotContain(a.Entities, e => e.Name.Contains(name, StringComparison.Ordinal) || e.Aliases.Contains(name));
            Assert.DoesNotContain(a.Quotes, q => q.Speaker == name || q.Text.Contains(name, StringComparison.Ordinal));
            Assert.DoesNotContain(a.Sentences, s => text[s.Start..s.End].Contains(name, StringComparison.Ordinal));
        }
        Assert.Contains(a.BoilerplateRemoved, b => b.Reason == "trailing name list");

        Assert.Equal("Donald Trump", QuoteStarting(a, "I hear Colombia").Speaker);
        Assert.Equal("Gustavo Petro", QuoteStarting(a, "Do not threaten our sovereignty").Speaker);
        Assert.Equal("Donald Trump", QuoteStarting(a, "He better wise up").Speaker);
        Assert.All(a.Quotes, q => Assert.Equal(q.Text, text[q.Start..q.End]));
        var petro = Assert.Single(a.Entities, e => e.Name == "Gustavo Petro");
        Assert.Equal(EntityKind.Person, petro.Kind);
        Assert.Contains("Petro", petro.Aliases);
    }

    [Fact]
    public void Analyze_SameInputTwice_IsDeterministic()
    {
        const string text = "Mayor Lena Ortiz spoke. “We will rebuild,” she said. Ortiz said that the work starts in May.";
        var first = new TextAnalyzer().Analyze(new DocumentInput(text)).Analysis;
        var second = new TextAnalyzer().Analyze(new DocumentInput(text)).Analysis;

        Assert.Equal(first.Quotes, second.Quotes);
        Assert.Equal(first.Sentences, second.Sentences);
    }

    [Fact]
    public void Analyze_BodyStart_SkipsTitleLine()
    {
        const string text = "“Fake Quote In Title,” Says Nobody\nThe body has one sentence.";
        var a = new TextAnalyzer().Analyze(new DocumentInput(text, BodyStart: text.IndexOf('\n', StringComparison.Ordinal) + 1)).Analysis;

        Assert.Empty(a.Quotes);
        Assert.All(a.Sentences, s => Assert.True(s.Start > text.IndexOf('\n', StringComparison.Ordinal)));
    }

    private static Quote QuoteStarting(TextAnalysis a, string start) =>
        Assert.Single(a.Quotes, q => q.Text.StartsWith(start, StringComparison.Ordinal));

    private static string ReadSeed()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BriefingBot.sln"))) dir = dir.Parent;
        var path = dir?.Parent is null ? null : Path.Combine(dir.Parent.FullName, "shared", "seeds", "000_68aea6c03c9d9aa6.txt");
        if (path is null || !File.Exists(path)) Assert.Skip("The seed article (../shared/seeds) is not beside this checkout.");
        var text = File.ReadAllText(path);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }
}
