using BriefingBot.Core.Commands.Replies;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Tests.Rendering;
using BriefingBot.Discord.Tests.Support;

namespace BriefingBot.Discord.Tests.Digests;

public sealed class DiscordDigestRenderingTests
{
    [Fact]
    public void RenderDigest_NewsAndQuietTopic_HeaderQuietLineOneEmbedPerTopicAndKeyInFooter()
    {
        var message = DiscordMessageRenderer.RenderDigest(DigestSamples.Digest(late: false, "farc"), DigestSamples.Key);

        MessageLimits.AssertValid(message);
        var lines = message.Content!.Split('\n');
        Assert.StartsWith("**Digest for 2026-05-01**", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("late", lines[0], StringComparison.Ordinal);
        Assert.Contains("Nothing new on **farc**.", lines);
        var embed = Assert.Single(message.Embeds);
        Assert.Equal("harbour", embed.Title);
        Assert.Contains("The harbour reopened on Monday", embed.Description, StringComparison.Ordinal);
        Assert.Contains("[[1]](https://news.example/harbour)", embed.Description, StringComparison.Ordinal);
        Assert.Contains(embed.Fields, f => f.Name == "Key quotes" && f.Value.Contains("**Ana Ruiz**", StringComparison.Ordinal));
        Assert.Contains(embed.Fields, f => f.Name == "Key dates" && f.Value.Contains("**3 Nov 2025**", StringComparison.Ordinal) && f.Value.Contains("**1980s**", StringComparison.Ordinal));
        var sources = Assert.Single(embed.Fields, f => f.Name == "Sources");
        Assert.Contains("[Harbour reopens after storm](https://news.example/harbour)", sources.Value, StringComparison.Ordinal);
        Assert.EndsWith("delivery " + DigestSamples.Key, embed.Footer!.Text, StringComparison.Ordinal);
        Assert.StartsWith("12 new articles", embed.Footer.Text, StringComparison.Ordinal);
        Assert.Null(message.Flags);
    }

    [Fact]
    public void RenderDigest_Late_SaysLateInTheHeader()
    {
        var message = DiscordMessageRenderer.RenderDigest(DigestSamples.Digest(late: true), DigestSamples.Key);

        Assert.StartsWith("**Digest for 2026-05-01**, late (was due Fri 1 May 07:00)", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderDigest_OnlyQuietTopics_StillCarriesTheKeyInAnEmbedFooter()
    {
        var message = DiscordMessageRenderer.RenderDigest(DigestSamples.Digest([], false, "farc", "eln"), DigestSamples.Key);

        MessageLimits.AssertValid(message);
        Assert.Contains("Nothing new on **eln**.", message.Content, StringComparison.Ordinal);
        Assert.Equal("delivery " + DigestSamples.Key, Assert.Single(message.Embeds).Footer!.Text);
    }

    [Fact]
    public void RenderDigest_TwelveTopicsWithNews_TenEmbedsAndTheRestNamed()
    {
        var news = Enumerable.Range(1, 12).Select(i => SampleData.Briefing($"topic{i}")).ToList();

        var message = DiscordMessageRenderer.RenderDigest(DigestSamples.Digest(news), DigestSamples.Key);

        MessageLimits.AssertValid(message);
        Assert.Equal(10, message.Embeds.Count);
        Assert.Contains("+2 more topics with news: topic11, topic12", message.Content, StringComparison.Ordinal);
        Assert.Contains("delivery " + DigestSamples.Key, message.Embeds[^1].Footer!.Text, StringComparison.Ordinal);
        // The budget is shared: every shown topic keeps its lead sentence and its sources.
        Assert.All(message.Embeds, e => Assert.Contains("The harbour reopened", e.Description, StringComparison.Ordinal));
        Assert.All(message.Embeds, e => Assert.Contains(e.Fields, f => f.Name == "Sources"));
    }

    [Fact]
    public void Render_DigestReply_IsAPreviewWithoutKeyAndKeepsEphemeral()
    {
        var message = DiscordMessageRenderer.Render(new DigestReply(DigestSamples.Digest(), Ephemeral: true));

        MessageLimits.AssertValid(message);
        Assert.StartsWith("Preview: **Digest for 2026-05-01**", message.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("delivery ", message.Embeds[^1].Footer!.Text, StringComparison.Ordinal);
        Assert.Equal(DiscordMessage.EphemeralFlag, message.Flags);
    }
}
