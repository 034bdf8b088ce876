using System.CommandLine;
using BriefingBot.Cli.Output;
using BriefingBot.Evaluation;

namespace BriefingBot.Cli.Verbs;

/// <summary><c>eval quotes|dates|summaries GOLD [--input FILE]</c>: the quality metrics of data/README.md.</summary>
internal static class EvalVerb
{
    public static Command Create(CliRuntime runtime)
    {
        var command = new Command("eval", "Measure extraction quality against labelled gold data.");
        foreach (var kind in EvaluationRunner.Kinds)
        {
            var gold = new Argument<FileInfo>("gold") { Description = "The gold file (JSON Lines)." };
            var input = new Option<FileInfo?>("--input") { Description = "The documents to analyze; default: the gold file's sibling *.input.jsonl." };
            var sub = new Command(kind, $"Score {kind} against a gold file.") { gold, input };
            sub.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, context =>
            {
                var goldFile = parseResult.GetRequiredValue(gold);
                if (!goldFile.Exists) throw new UserErrorException($"{goldFile.FullName}: no such file.");
                var result = EvaluationRunner.Run(kind, goldFile.FullName, parseResult.GetValue(input)?.FullName, Console.Out);
                if (context.Settings.Json)
                {
                    var node = new System.Text.Json.Nodes.JsonObject { ["kind"] = result.Kind };
                    foreach (var (metric, value) in result.Scores) node[metric] = value;
                    JsonOutput.Write(node);
                }
                return Task.FromResult(ExitCodes.Success);
            }, ct));
            command.Subcommands.Add(sub);
        }
        return command;
    }
}
