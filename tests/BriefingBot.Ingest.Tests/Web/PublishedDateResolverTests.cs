using BriefingBot.Core.Time;
using BriefingBot.Ingest.Web;

namespace BriefingBot.Ingest.Tests.Web;

public sealed class PublishedDateResolverTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Resolve_FeedDateAndPageMetadata_FeedItemWins()
    {
        var resolved = PublishedDateResolver.Resolve(new DateTimeOffset(2025, 11, 27, 8, 0, 0, TimeSpan.Zero), new PartialDate(2025, 11, 20), "https://a.example/2025/11/01/x", null, null, Now);

        Assert.Equal(new ResolvedDate(new PartialDate(2025, 11, 27), DateOrigin.FeedItem), resolved);
    }

    [Fact]
    public void Resolve_LateEveningWithNegativeOffset_KeepsThePublishersCalendarDay()
    {
        // 23:30 in New York on the 27th is already the 28th in UTC; the article was published on the 27th.
        var resolved = PublishedDateResolver.Resolve(new DateTimeOffset(2025, 11, 27, 23, 30, 0, TimeSpan.FromHours(-5)), null, null, null, null, Now);

        Assert.Equal(new PartialDate(2025, 11, 27), resolved?.Date);
    }

    [Fact]
    public void Resolve_OnlyUrlAndUpdatedTime_UrlBeatsTheUpdate()
    {
        var resolved = PublishedDateResolver.Resolve(null, null, "https://a.example/news/2025/10/03/story", null, new DateTimeOffset(2025, 11, 27, 8, 0, 0, TimeSpan.Zero), Now);

        Assert.Equal(new ResolvedDate(new PartialDate(2025, 10, 3), DateOrigin.UrlPattern), resolved);
    }

    [Fact]
    public void Resolve_FutureFeedDate_IsRejectedForTheNextCandidate()
    {
        var resolved = PublishedDateResolver.Resolve(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero), new PartialDate(2025, 11, 26), null, null, null, Now);

        Assert.Equal(DateOrigin.PageMetadata, resolved?.Origin);
    }

    [Theory]
    [InlineData("https://a.example/2025/11/28/bridge", "2025-11-28")]
    [InlineData("https://a.example/news/2025/11/bridge", "2025-11")]
    [InlineData("https://a.example/news/2025-11-28-bridge", "2025-11-28")]
    [InlineData("https://a.example/archive/20251128/bridge", "2025-11-28")]
    public void FromUrl_DatePatterns_AreRead(string url, string expected) =>
        Assert.Equal(PartialDate.Parse(expected), PublishedDateResolver.FromUrl(url));

    [Theory]
    [InlineData("https://a.example/lists/best-of-2019/")]
    [InlineData("https://a.example/2019/recap")]
    [InlineData("https://a.example/2025/13/40/x")]
    [InlineData("https://a.example/item/1234567890")]
    [InlineData("https://a.example/1887/05/01/x")]
    public void FromUrl_YearAloneOrNoDate_IsNull(string url) => Assert.Null(PublishedDateResolver.FromUrl(url));

    [Fact]
    public void FromDateline_BylineWithDate_IsRead() =>
        Assert.Equal(new PartialDate(2025, 11, 20), PublishedDateResolver.FromDateline("By Marta Solé | November 20, 2025\nVoters approved the plan."));

    [Fact]
    public void FromDateline_EventDateDeepInTheText_IsNotAPublicationDate()
    {
        var text = "Voters approved the plan on Thursday.\nSupporters celebrated in the square.\nThe council met again.\n" +
            "The towns last tried to merge on March 3, 2009, when a similar proposal failed.";

        Assert.Null(PublishedDateResolver.FromDateline(text));
    }

    [Fact]
    public void FromDateline_LongFirstParagraphWithAnEventDate_IsNotAPublicationDate() =>
        Assert.Null(PublishedDateResolver.FromDateline(
            "The treaty signed on 12 June 1998 between the two provinces still shapes how water is shared along the river today, officials said."));

    [Fact]
    public void FromDateline_UpdatedLine_IsSkipped() =>
        Assert.Null(PublishedDateResolver.FromDateline("Updated December 1, 2025\nVoters approved the plan."));

    [Fact]
    public void FromMetadataValue_OffsetDateTime_KeepsTheWrittenDate() =>
        Assert.Equal(new PartialDate(2025, 11, 20), PublishedDateResolver.FromMetadataValue("2025-11-20T22:45:00-05:00"));
}
