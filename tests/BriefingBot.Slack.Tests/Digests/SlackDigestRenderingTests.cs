using BriefingBot.Core.Commands.Replies;
using BriefingBot.Slack.Rendering;
using BriefingBot.Slack.Tests.Rendering;

namespace BriefingBot.Slack.Tests.Digests;

public sealed class SlackDigestRenderingTests
{
    [Fact]
    public void RenderDigest_NewsAndQuietTopic_HeaderTopicSectionQuietLineAndMetadata()
    {
        var message = SlackBlockRenderer.RenderDigest(SlackDigestSamples.Digest(late: true, "farc"), SlackDigestSamples.Key);

        SlackBlockRendererPropertyTests.AssertWithinLimits(message);
        Assert.Equal("Digest for 2026-05-01 (late)", Assert.IsType<HeaderBlock>(message.Blocks[0]).Text);
        Assert.Contains(Assert.IsType<ContextBlock>(message.Blocks[1]).Elements, e => e.StartsWith("Delivered late", StringComparison.Ordinal));
        var sections = message.Blocks.OfType<SectionBlock>().Select(s => s.Text!).ToList();
        var topic = Assert.Single(sections, s => s.StartsWith("*harbour* · 4 new articles", StringComparison.Ordinal));
        Assert.Contains("<https://news.example/harbour?a=1&amp;b=2|[1]>", topic, StringComparison.Ordinal);
        Assert.Contains("*Ana Ruiz*: “We will rebuild the pier before &lt;!here&gt; winter.”", topic, StringComparison.Ordinal);
        Assert.Contains("*the 1980s*", topic, StringComparison.Ordinal);
        Assert.Contains("*Sources*", topic, StringComparison.Ordinal);
        Assert.Contains("Council &lt;!channel&gt; debates budget", topic, StringComparison.Ordinal);
        Assert.Contains(sections, s => s.Contains("Nothing new on *farc*.", StringComparison.Ordinal));
        Assert.Contains(SlackDigestSamples.Key, Assert.IsType<ContextBlock>(message.Blocks[^1]).Elements[0], StringComparison.Ordinal);
        Assert.Equal("briefingbot_digest", message.Metadata!["event_type"]!.GetValue<string>());
        Assert.Equal(SlackDigestSamples.Key, message.ToJson()["metadata"]!["event_payload"]!["delivery_id"]!.GetValue<string>());
    }

    [Fact]
    public void Render_DigestReply_PreviewWithoutMetadata()
    {
        var message = SlackBlockRenderer.Render(new DigestReply(SlackDigestSamples.Digest(), Ephemeral: true));

        SlackBlockRendererPropertyTests.AssertWithinLimits(message);
        Assert.Equal("Preview: Digest for 2026-05-01", Assert.IsType<HeaderBlock>(message.Blocks[0]).Text);
        Assert.Null(message.Metadata);
        Assert.Null(message.ToJson()["metadata"]);
    }

    [Fact]
    public void RenderDigest_OnlyQuietTopics_SaysNothingNewAndKeepsMetadata()
    {
        var message = SlackBlockRenderer.RenderDigest(SlackDigestSamples.Digest([], false, "farc", "eln"), SlackDigestSamples.Key);

        SlackBlockRendererPropertyTests.AssertWithinLimits(message);
        Assert.Contains(message.Blocks.OfType<SectionBlock>(), s => s.Text!.Contains("Nothing new on *eln*.", StringComparison.Ordinal));
        Assert.NotNull(message.Metadata);
    }

    [Fact]
    public void RenderDigest_TenTopicsWithNews_EveryTopicKeepsItsLeadSentence()
    {
        var news = Enumerable.Range(1, 10).Select(i => SlackDigestSamples.News($"topic{i}")).ToList();

        var message = SlackBlockRenderer.RenderDigest(SlackDigestSamples.Digest(news), SlackDigestSamples.Key);

        SlackBlockRendererPropertyTests.AssertWithinLimits(message);
        var topics = message.Blocks.OfType<SectionBlock>().Where(s => s.Text!.StartsWith("*topic", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, topics.Count);
        Assert.All(topics, t => Assert.Contains("The harbour reopened", t.Text, StringComparison.Ordinal));
    }
}
