using BriefingBot.Slack.Rendering;

namespace BriefingBot.Slack.Tests.Rendering;

public sealed class SlackMrkdwnTests
{
    [Fact]
    public void Escape_ControlCharacters_BecomeEntities()
    {
        Assert.Equal("&lt;!channel&gt; &amp; &lt;b&gt;", SlackMrkdwn.Escape("<!channel> & <b>"));
    }

    [Fact]
    public void EscapeArticle_FormattingCharacters_DefusedButVisible()
    {
        var escaped = SlackMrkdwn.EscapeArticle("*bold* _it_ ~s~ `c`");
        Assert.Equal("*bold* _it_ ~s~ `c`", escaped.Replace("\u200B", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain(" *", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_UrlWithPipeAndAngles_CannotEndLinkEarly()
    {
        var link = SlackMrkdwn.Link("https://x.example/a|b?q=<c>", "[1]");
        Assert.NotNull(link);
        Assert.Equal(1, link.Count(c => c == '|'));
        Assert.Equal(1, link.Count(c => c == '<'));
        Assert.EndsWith("|[1]>", link, StringComparison.Ordinal);
    }

    [Fact]
    public void FitEscaped_ShortensAtWordAndNeverSplitsEntity()
    {
        var fitted = SlackText.FitEscaped("a & b & c & d", 12, SlackMrkdwn.Escape);
        Assert.Equal("a &amp; b…", fitted);
    }
}
