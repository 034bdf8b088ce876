using BriefingBot.Evaluation.Dates;
using BriefingBot.Evaluation.Tests.Ratchet;

namespace BriefingBot.Evaluation.Tests.Dates;

public sealed class DateEvaluationTests
{
    [Fact]
    public void Run_MeantimeDev_DoesNotDropBelowRatchet()
    {
        var gold = DevData.Require("timex/meantime_dev120.jsonl");
        var r = DateEvaluation.Run(gold, null, TextWriter.Null);
        RatchetAssert.AtLeastRecorded(r);
    }

    [Fact]
    public void Run_TinyHandMadeData_ScoresRelaxedStrictAndValue()
    {
        var dir = Directory.CreateTempSubdirectory("dates-eval-");
        try
        {
            // Gold: "March 3, 2008" (tagger finds it exactly), "last year" (tagger finds it with another value
            // because the DCT differs on purpose), "the era" (tagger misses it).
            const string text = "Report\nMarch 3, 2008\nProfits rose last year in the era of growth.";
            var goldPath = Path.Combine(dir.FullName, "tiny.jsonl");
            File.WriteAllText(goldPath,
                "{\"id\":\"d1\",\"text\":\"Report\\nMarch 3, 2008\\nProfits rose last year in the era of growth.\",\"dct\":\"2008-03-03\",\"timexes\":[" +
                "{\"start\":7,\"end\":20,\"text\":\"March 3, 2008\",\"type\":\"DATE\",\"value\":\"2008-03-03\"}," +
                "{\"start\":34,\"end\":43,\"text\":\"last year\",\"type\":\"DATE\",\"value\":\"2006\"}," +
                "{\"start\":47,\"end\":54,\"text\":\"the era\",\"type\":\"DATE\",\"value\":\"PAST_REF\"}]}\n");
            File.WriteAllText(Path.Combine(dir.FullName, "tiny.input.jsonl"),
                "{\"id\":\"d1\",\"text\":\"Report\\nMarch 3, 2008\\nProfits rose last year in the era of growth.\",\"published\":\"2008-03-03\"}\n");
            Assert.Equal("last year", text[34..43]);

            using var report = new StringWriter();
            var r = DateEvaluation.Run(goldPath, null, report);

            // 2 predictions (the date, "last year" = 2007), 3 gold: relaxed 2/2 and 2/3, value 1/2 and 1/3.
            Assert.Equal(1.0, r.Scores["all.relaxed.precision"], 3);
            Assert.Equal(2.0 / 3, r.Scores["all.relaxed.recall"], 3);
            Assert.Equal(0.8, r.Scores["all.relaxed.f1"], 3);
            Assert.Equal(0.8, r.Scores["all.strict.f1"], 3);
            Assert.Equal(0.4, r.Scores["all.value.f1"], 3);
            Assert.Equal(1.0, r.Scores["all.type.accuracy"], 3);
            Assert.Equal("dates", r.Kind);
            Assert.Contains("expected DATE 2006, got «last year» DATE 2007", report.ToString(), StringComparison.Ordinal);
            Assert.Contains("«the era»", report.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Align_OverlapButNotSameSpan_IsRelaxedNotStrict()
    {
        var gold = new[] { new GoldTimex(10, 20, "the 1990s x", "DATE", "199") };
        var predicted = new[] { new GoldTimex(14, 20, "1990s", "DATE", "199") };

        var a = TimexAlignment.Align(gold, predicted);

        var m = Assert.Single(a.Matches);
        Assert.False(m.Strict);
        Assert.True(m.ValueCorrect);
        Assert.Empty(a.Missed);
        Assert.Empty(a.Spurious);
    }

    [Fact]
    public void Align_TwoPredictionsOverOneGold_OneToOneWithExactSpanFirst()
    {
        var gold = new[] { new GoldTimex(0, 10, "0123456789", "DATE", "2008") };
        var predicted = new[] { new GoldTimex(0, 5, "01234", "DATE", "2008"), new GoldTimex(0, 10, "0123456789", "DATE", "2009") };

        var a = TimexAlignment.Align(gold, predicted);

        var m = Assert.Single(a.Matches);
        Assert.True(m.Strict);
        Assert.False(m.ValueCorrect);
        Assert.Single(a.Spurious);
    }

    [Fact]
    public void AnnotatedEnd_SixLines_EndsAfterSixthLine()
    {
        const string text = "a\nb\nc\nd\ne\nf\ng\nh";
        Assert.Equal(11, DateEvaluation.AnnotatedEnd(text));
        Assert.Equal(3, DateEvaluation.AnnotatedEnd("abc"));
    }
}
