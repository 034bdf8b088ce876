using System.CommandLine;
using BriefingBot.Cli.Output;
using BriefingBot.Ingest;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace BriefingBot.Cli.Verbs;

/// <summary><c>ingest PATH...</c>: index files and folders; every failure is named with its reason while the rest is indexed.</summary>
internal static class IngestVerb
{
    public static Command Create(CliRuntime runtime)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (.txt, .md, .html, .json, .jsonl).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Add files and folders to the index.") { paths };
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, async context =>
        {
            var ingest = context.Services.GetRequiredService<IngestService>();
            var targets = parseResult.GetValue(paths) ?? [];
            var result = context.Settings.Json || !context.Console.Profile.Capabilities.Interactive
                ? await ingest.IngestAsync(targets, progress: null, context.CancellationToken)
                : await WithProgressBarAsync(context, ingest, targets);
            Report(context, result);
            // Exit non-zero only when nothing made it into the index: one bad file must not fail a whole batch.
            return result.NothingIndexed && (result.Failed.Count > 0 || result.Files == 0) ? ExitCodes.InputError : ExitCodes.Success;
        }, ct));
        return command;
    }

    private static async Task<IngestResult> WithProgressBarAsync(VerbContext context, IngestService ingest, string[] targets)
    {
        IngestResult? result = null;
        await context.Console.Progress().AutoClear(true).StartAsync(async progress =>
        {
            var task = progress.AddTask("Indexing");
            var reporter = new Progress<IngestProgress>(p =>
            {
                task.MaxValue = Math.Max(1, p.FilesTotal);
                task.Value = p.FilesDone;
                task.Description = $"Indexing ({p.Documents} documents)";
            });
            result = await ingest.IngestAsync(targets, reporter, context.CancellationToken);
        });
        return result!;
    }

    private static void Report(VerbContext context, IngestResult result)
    {
        if (context.Settings.Json)
        {
            JsonOutput.Write(new System.Text.Json.Nodes.JsonObject
            {
                ["files"] = result.Files, ["added"] = result.Added, ["updated"] = result.Updated, ["unchanged"] = result.Unchanged,
                ["skipped"] = result.Skipped, ["seconds"] = Math.Round(result.Elapsed.TotalSeconds, 3),
                ["failed"] = new System.Text.Json.Nodes.JsonArray(result.Failed.Select(f => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject
                {
                    ["file"] = f.File, ["line"] = f.Line, ["reason"] = f.Reason,
                }).ToArray()),
            });
            return;
        }
        context.Console.MarkupLine($"{Markup.Escape(result.ToString())} [grey]({result.Files} file(s) in {result.Elapsed.TotalSeconds:F1}s)[/]");
        foreach (var failure in result.Failed) Console.Error.WriteLine($"  failed: {failure}");
    }
}
