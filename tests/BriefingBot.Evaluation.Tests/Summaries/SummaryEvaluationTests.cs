using System.Text.Json;
using BriefingBot.Evaluation.Tests.Ratchet;

namespace BriefingBot.Evaluation.Tests.Summaries;

public sealed class SummaryEvaluationTests : IDisposable
{
    private static readonly string[] RougeMetrics = ["rouge1.f1", "rouge2.f1", "rougeL.f1"];

    private readonly string _directory = Directory.CreateTempSubdirectory("briefingbot-summ-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Run_DevSet_NotBelowRatchet()
    {
        var gold = DevData.Require("summ/bbc_dev50.gold.jsonl");

        var r = SummaryEvaluation.Run(gold, null, TextWriter.Null);

        RatchetAssert.AtLeastRecorded(r);
    }

    [Fact]
    public void Run_DevSet_BeatsLeadOnEveryRouge()
    {
        var gold = DevData.Require("summ/bbc_dev50.gold.jsonl");

        var r = SummaryEvaluation.Run(gold, null, TextWriter.Null);

        Assert.All(RougeMetrics, metric =>
            Assert.True(r.Scores[metric] > r.Scores["lead." + metric], $"{metric}: system {r.Scores[metric]:F4} vs lead {r.Scores["lead." + metric]:F4}"));
    }

    [Fact]
    public void Run_TinyFiles_ScoresAndReportsBesideLead()
    {
        // Own sentences: the reference is the two on-topic sentences; Lead-2 takes an off-topic opener.
        string[] body =
        [
            "Good morning and welcome to our weekly roundup.",
            "The town council approved a new library for the river district on Monday.",
            "The new library for the river district will open next spring, the council said.",
        ];
        var text = "Council approves library\n\n" + string.Join('\n', body);
        var input = Path.Combine(_directory, "tiny.input.jsonl");
        var goldPath = Path.Combine(_directory, "tiny.gold.jsonl");
        File.WriteAllText(input, JsonSerializer.Serialize(new { id = "d1", title = "Council approves library", text, summarySentences = 2 }) + "\n");
        File.WriteAllText(goldPath, JsonSerializer.Serialize(new { id = "d1", reference = body[1..] }) + "\n");
        using var report = new StringWriter();

        var r = SummaryEvaluation.Run(goldPath, null, report);

        Assert.Equal("summaries", r.Kind);
        Assert.Equal(1.0, r.Scores["rouge1.f1"], 1e-9);
        Assert.True(r.Scores["lead.rouge1.f1"] < 1.0);
        Assert.Contains("lead-N", report.ToString(), StringComparison.Ordinal);
    }
}
