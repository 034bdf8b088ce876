using System.Text.Json;
using BriefingBot.Evaluation.Tests.Ratchet;

namespace BriefingBot.Evaluation.Tests.Quotes;

public sealed class QuoteEvaluationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("quote-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Text = "“The river is rising fast tonight,” said Mara Voss. Officials said the bridge will stay closed until Monday morning.";

    private string Write(params object[] goldQuotes)
    {
        var gold = Path.Combine(_dir, "tiny.jsonl");
        File.WriteAllText(gold, JsonSerializer.Serialize(new { id = "d1", text = Text, quotations = goldQuotes }) + "\n");
        File.WriteAllText(Path.Combine(_dir, "tiny.input.jsonl"), JsonSerializer.Serialize(new { id = "d1", text = Text }) + "\n");
        return gold;
    }

    private static object GoldFor(string quote, string reference, bool withSpan = true)
    {
        var at = Text.IndexOf(quote, StringComparison.Ordinal);
        return withSpan
            ? new { quote, reference, quote_span_recomputed = new[] { at, at + quote.Length } }
            : (object)new { quote, reference, quote_span_recomputed = (int[]?)null };
    }

    [Fact]
    public void Run_PerfectDirectQuote_ScoresOneAndReadsSiblingInput()
    {
        var gold = Write(GoldFor("“The river is rising fast tonight,”", "Mara Voss"));
        var output = new StringWriter();

        var r = QuoteEvaluation.Run(gold, null, output);

        Assert.Equal("quotes", r.Kind);
        Assert.Equal(1.0, r.Scores["all.recall@30"]);
        Assert.Equal(1.0, r.Scores["direct.recall@80"]);
        Assert.Equal(1.0, r.Scores["speaker.accuracy"]);
        Assert.Contains("all@30", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExtraPrediction_LowersPrecisionOnly()
    {
        var gold = Write(GoldFor("“The river is rising fast tonight,”", "Voss"));

        var r = QuoteEvaluation.Run(gold, null, TextWriter.Null);

        // the indirect "the bridge will stay closed…" is a prediction without gold
        Assert.Equal(0.5, r.Scores["all.precision@30"]);
        Assert.Equal(1.0, r.Scores["all.recall@30"]);
        Assert.Equal(1.0, r.Scores["direct.precision@30"]);
        // a surname alone matches the full name
        Assert.Equal(1.0, r.Scores["speaker.accuracy"]);
    }

    [Fact]
    public void Run_WrongSpeakerAndMissedQuote_AreCountedAndReported()
    {
        var gold = Write(
            GoldFor("“The river is rising fast tonight,”", "Pat Voss"),
            GoldFor("the bridge will stay closed until Monday morning", "the harbour board"),
            GoldFor("Officials", "nobody", withSpan: false));
        var output = new StringWriter();

        var r = QuoteEvaluation.Run(gold, null, output);

        Assert.Equal(2.0 / 3, r.Scores["all.recall@30"], 3);
        Assert.Equal(0.0, r.Scores["speaker.accuracy"]);
        var report = output.ToString();
        Assert.Contains("-- missed: 1", report, StringComparison.Ordinal);
        Assert.Contains("-- wrong speaker: 2", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DevData_DoesNotDropBelowRatchet()
    {
        var gold = DevData.Require("quotes/ggt_dev49.jsonl");

        var r = QuoteEvaluation.Run(gold, null, TextWriter.Null);

        RatchetAssert.AtLeastRecorded(r);
    }
}
