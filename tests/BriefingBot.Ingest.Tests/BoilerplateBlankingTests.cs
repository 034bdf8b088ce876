using BriefingBot.Core.Analysis;

namespace BriefingBot.Ingest.Tests;

public sealed class BoilerplateBlankingTests
{
    [Fact]
    public void Apply_RemovedSpans_BlankedWithOffsetsAndLineBreaksKept()
    {
        const string text = "Real sentence one.\nRelated: some link\nReal sentence two.\n\n\nAnn Lee\nBo Chan";
        var related = text.IndexOf("Related", StringComparison.Ordinal);
        var names = text.IndexOf("Ann Lee", StringComparison.Ordinal);

        var stored = BoilerplateBlanking.Apply(text, [new BoilerplateSpan(related, related + 18, "related links"), new BoilerplateSpan(names, text.Length, "trailing name list")]);

        Assert.DoesNotContain("Related", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Ann Lee", stored, StringComparison.Ordinal);
        var second = text.IndexOf("Real sentence two.", StringComparison.Ordinal);
        Assert.Equal("Real sentence two.", stored.Substring(second, 18));
        Assert.Equal(text[..second].Count(c => c == '\n'), stored[..second].Count(c => c == '\n'));
        Assert.EndsWith("Real sentence two.", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_NothingRemoved_ReturnsTheSameText() =>
        Assert.Equal("Unchanged text.", BoilerplateBlanking.Apply("Unchanged text.", []));
}
