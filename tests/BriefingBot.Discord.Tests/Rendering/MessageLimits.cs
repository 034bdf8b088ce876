using System.Text.RegularExpressions;
using BriefingBot.Discord.Rendering;

namespace BriefingBot.Discord.Tests.Rendering;

/// <summary>Asserts every Discord message limit and the mention/citation safety rules.</summary>
internal static partial class MessageLimits
{
    public static void AssertValid(DiscordMessage message)
    {
        Assert.Empty(message.AllowedMentions.Parse);
        Assert.True((message.Content?.Length ?? 0) <= DiscordLimits.Content, "content");
        Assert.InRange(message.Embeds.Count, 1, DiscordLimits.Embeds);
        Assert.True(message.Embeds.Sum(e => e.TextLength) <= DiscordLimits.EmbedTotal, $"total {message.Embeds.Sum(e => e.TextLength)}");
        foreach (var embed in message.Embeds)
        {
            Assert.True((embed.Title?.Length ?? 0) <= DiscordLimits.Title, "title");
            Assert.True((embed.Description?.Length ?? 0) <= DiscordLimits.Description, "description");
            Assert.True(embed.Fields.Count <= DiscordLimits.Fields, "fields");
            Assert.True((embed.Footer?.Text.Length ?? 0) <= DiscordLimits.Footer, "footer");
            Assert.True((embed.Author?.Name.Length ?? 0) <= DiscordLimits.AuthorName, "author");
            Assert.True(embed.Title is { Length: > 0 } || embed.Description is { Length: > 0 } || embed.Fields.Count > 0, "empty embed");
            foreach (var field in embed.Fields)
            {
                Assert.InRange(field.Name.Length, 1, DiscordLimits.FieldName);
                Assert.InRange(field.Value.Length, 1, DiscordLimits.FieldValue);
            }
            foreach (var text in Texts(embed)) AssertSafe(text);
        }
    }

    private static IEnumerable<string> Texts(DiscordEmbed embed)
    {
        if (embed.Title is not null) yield return embed.Title;
        if (embed.Description is not null) yield return embed.Description;
        if (embed.Footer is not null) yield return embed.Footer.Text;
        foreach (var f in embed.Fields)
        {
            yield return f.Name;
            yield return f.Value;
        }
    }

    private static void AssertSafe(string text)
    {
        Assert.DoesNotContain("@everyone", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@here", text, StringComparison.OrdinalIgnoreCase);
        Assert.False(UnescapedMention().IsMatch(text), "unescaped <@ mention in: " + text);
        // Every citation link is whole: [[n]](http...) with its closing parenthesis.
        foreach (Match m in CitationStart().Matches(text))
            Assert.True(WholeCitation().IsMatch(text, m.Index), "cut citation at " + m.Index + " in: " + text);
        Assert.False(char.IsHighSurrogate(text[^1]), "lone high surrogate at the end");
    }

    [GeneratedRegex(@"(?<!\\)<(?:[@#:]|a:|t:)")]
    private static partial Regex UnescapedMention();

    [GeneratedRegex(@"(?<!\\)\[\[\d")]
    private static partial Regex CitationStart();

    [GeneratedRegex(@"\G\[\[\d+\]\]\(https?://[^\s()]+\)")]
    private static partial Regex WholeCitation();
}
