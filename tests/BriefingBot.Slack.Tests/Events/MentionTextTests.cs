using BriefingBot.Core.Commands;
using BriefingBot.Slack.Events;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Slack.Tests.Events;

public sealed class MentionTextTests
{
    [Theory]
    [InlineData("<@UBOT> brief colombia", "brief colombia")]
    [InlineData("<@UBOT|briefingbot>   quotes petro about farc", "quotes petro about farc")]
    [InlineData("hey <@W0BOT> timeline AT&amp;T", "hey timeline AT&T")]
    public void StripMentions_RemovesUserMentionsAndUnescapes(string text, string expected)
    {
        Assert.Equal(expected, MentionText.StripMentions(text));
    }

    [Fact]
    public void StripMentions_ThenParse_GivesBriefCommand()
    {
        Assert.Equal(new BriefCommand("colombia"), CommandTextParser.Parse(MentionText.StripMentions("<@UBOT> brief colombia")));
    }

    [Fact]
    public async Task TryClaimAsync_SameIdTwice_SecondRefusedUntilRetentionPasses()
    {
        var time = new FakeTimeProvider();
        var dedupe = new InMemorySlackEventDeduplicator(time);
        Assert.True(await dedupe.TryClaimAsync("Ev1", TestContext.Current.CancellationToken));
        Assert.False(await dedupe.TryClaimAsync("Ev1", TestContext.Current.CancellationToken));
        time.Advance(InMemorySlackEventDeduplicator.Retention + TimeSpan.FromSeconds(1));
        Assert.True(await dedupe.TryClaimAsync("Ev1", TestContext.Current.CancellationToken));
    }
}
