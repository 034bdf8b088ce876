using BriefingBot.Core.Analysis;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Fakes;
using BriefingBot.Core.Time;

namespace BriefingBot.Core.Tests.Briefings;

public sealed class BriefingServiceTests
{
    private static readonly DateTimeOffset IndexedAt = new(2025, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private static async Task<BriefingService> ServiceWithAsync(params BriefingBot.Core.Articles.AnalyzedArticle[] articles)
    {
        var index = new InMemoryArticleIndex(IndexedAt);
        foreach (var a in articles) await index.UpsertAsync(a, CancellationToken.None);
        return new BriefingService(index);
    }

    private static BriefingBot.Core.Articles.AnalyzedArticle Harbour(string id, string published) => new ArticleFactory()
        .Sentence("The harbour authority approved the new ferry terminal on Monday.")
        .Sentence("“This terminal will carry a million passengers a year,” the mayor said.")
        .Sentence("Construction began in March 2024 after years of delay.")
        .Quote(1, "This terminal will carry a million passengers a year,", "Ana Ruiz")
        .Event(2, "2024-03", DatePrecision.Month)
        .Build(id, "Harbour ferry terminal approved", published);

    [Fact]
    public async Task BriefAsync_EverySummaryLine_CitesAListedArticleVerbatim()
    {
        var service = await ServiceWithAsync(Harbour("a1", "2025-11-02"), new ArticleFactory()
            .Sentence("The ferry union warned of strikes at the harbour.")
            .Sentence("Talks resume in January 2026.")
            .Event(1, "2026-01", DatePrecision.Month)
            .Build("a2", "Ferry union warns of harbour strike", "2025-11-10"));

        var briefing = await service.BriefAsync(new BriefingRequest("harbour ferry"), CancellationToken.None);

        Assert.NotEmpty(briefing.Summary);
        foreach (var line in briefing.Summary)
        {
            Assert.InRange(line.Citation, 1, briefing.Articles.Count);
            Assert.Equal(line.ArticleId, briefing.Articles[line.Citation - 1].Id);
        }
        Assert.Equal(2, briefing.MatchedArticles);
        Assert.Equal(PartialDate.Parse("2025-11-10"), briefing.Newest);
    }

    [Fact]
    public async Task BriefAsync_SyndicatedCopies_ShowEachQuoteAndSentenceOnce()
    {
        var service = await ServiceWithAsync(Harbour("a1", "2025-11-02"), Harbour("a2", "2025-11-03"));

        var briefing = await service.BriefAsync(new BriefingRequest("harbour"), CancellationToken.None);

        Assert.Single(briefing.Quotes);
        Assert.Equal("Ana Ruiz", briefing.Quotes[0].Speaker);
        Assert.Equal(briefing.Summary.Count, briefing.Summary.Select(s => s.Text).Distinct().Count());
        Assert.Single(briefing.Timeline);
    }

    [Fact]
    public async Task BriefAsync_UnattributedQuote_IsNotAKeyQuote()
    {
        var service = await ServiceWithAsync(new ArticleFactory()
            .Sentence("“Nobody knows who wrote this on the harbour wall,” read the sign.")
            .Quote(0, "Nobody knows who wrote this on the harbour wall,", null)
            .Build("a1", "Harbour wall", "2025-11-02"));

        var briefing = await service.BriefAsync(new BriefingRequest("harbour"), CancellationToken.None);

        Assert.Empty(briefing.Quotes);
        Assert.NotEmpty(briefing.Summary);
    }

    [Fact]
    public async Task BriefAsync_SpeakerNotANamedPersonOrOrganisation_QuoteLeftOut()
    {
        var service = await ServiceWithAsync(new ArticleFactory()
            .Sentence("The council called the harbour plan a “reckless gamble” and announced an end to talks.")
            .QuoteByNonEntity(0, "reckless gamble", "an end")
            .Sentence("“We will appeal,” Ana Ruiz said of the harbour ruling.")
            .Quote(1, "We will appeal,", "Ana Ruiz")
            .Build("a1", "Harbour plan rejected", "2025-11-02"));

        var briefing = await service.BriefAsync(new BriefingRequest("harbour"), CancellationToken.None);

        Assert.Equal(["Ana Ruiz"], briefing.Quotes.Select(q => q.Speaker));
    }

    [Fact]
    public async Task BriefAsync_NoMatch_ReturnsEmptyBriefing()
    {
        var service = await ServiceWithAsync(Harbour("a1", "2025-11-02"));

        var briefing = await service.BriefAsync(new BriefingRequest("volcano"), CancellationToken.None);

        Assert.True(briefing.IsEmpty);
        Assert.Empty(briefing.Articles);
        Assert.Equal(0, briefing.MatchedArticles);
    }

    [Fact]
    public async Task TimelineAsync_EventsAcrossArticles_OldestFirstWithPrecision()
    {
        var service = await ServiceWithAsync(
            new ArticleFactory()
                .Sentence("The canal opened in the 1980s.").Event(0, "198", DatePrecision.Decade)
                .Sentence("It closed on 3 May 2020 for repairs.").Event(1, "2020-05-03", DatePrecision.Day)
                .Build("c1", "Canal history", "2024-01-01"),
            new ArticleFactory()
                .Sentence("The canal reopened in 2023.").Event(0, "2023", DatePrecision.Year)
                .Build("c2", "Canal reopens", "2023-06-01"));

        var timeline = await service.TimelineAsync("canal", 10, CancellationToken.None);

        Assert.Equal(["198", "2020-05-03", "2023"], timeline.Entries.Select(e => e.Date));
        Assert.Equal([DatePrecision.Decade, DatePrecision.Day, DatePrecision.Year], timeline.Entries.Select(e => e.Precision));
        Assert.All(timeline.Entries, e => Assert.Equal(e.ArticleId, timeline.Articles[e.Citation - 1].Id));
    }

    [Fact]
    public async Task QuotesAsync_BySurname_NumbersSourcesInResultOrder()
    {
        var service = await ServiceWithAsync(
            new ArticleFactory().Sentence("“We will build it,” Ana Ruiz said.").Quote(0, "We will build it,", "Ana Ruiz").Build("q1", "Old", "2024-01-01"),
            new ArticleFactory().Sentence("“It is built,” Ruiz said.").Quote(0, "It is built,", "Ana Ruiz").Build("q2", "New", "2025-01-01"),
            new ArticleFactory().Sentence("“No comment,” Tom Lee said.").Quote(0, "No comment,", "Tom Lee").Build("q3", "Other", "2025-02-01"));

        var quotes = await service.QuotesAsync("ruiz", null, 10, CancellationToken.None);

        Assert.Equal(["It is built,", "We will build it,"], quotes.Quotes.Select(q => q.Text));
        Assert.Equal([1, 2], quotes.Quotes.Select(q => q.Citation));
        Assert.Equal(["q2", "q1"], quotes.Articles.Select(a => a.Id));
        Assert.All(quotes.Quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
    }
}
