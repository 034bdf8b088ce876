using System.CommandLine;
using BriefingBot.Cli.Output;
using BriefingBot.Ingest;
using BriefingBot.Ingest.Sources;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace BriefingBot.Cli.Verbs;

/// <summary><c>ingest PATH...</c>: index files and folders; every failure is named with its reason while the rest is indexed.</summary>
internal static class IngestVerb
{
    public static Command Create(CliRuntime runtime)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (.txt, .md, .html, .json, .jsonl), or http(s) URLs of feeds and pages.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Add files and folders to the index.") { paths };
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, async context =>
        {
            var ingest = context.Services.GetRequiredService<IngestService>();
            var all = parseResult.GetValue(paths) ?? [];
            var urls = all.Where(IsUrl).ToList();
            var files = all.Where(p => !IsUrl(p)).ToArray();
            var urlResults = await IngestUrlsAsync(context, urls);
            var result = files.Length == 0 ? null
                : context.Settings.Json || !context.Console.Profile.Capabilities.Interactive
                    ? await ingest.IngestAsync(files, progress: null, context.CancellationToken)
                    : await WithProgressBarAsync(context, ingest, files);
            Report(context, result, urlResults);
            // Exit non-zero only when nothing made it into the index: one bad file must not fail a whole batch.
            var filesIndexed = result is { NothingIndexed: false };
            var urlsIndexed = urlResults.Any(u => u.Succeeded);
            var anyFailure = (result?.Failed.Count ?? 0) > 0 || result is { Files: 0 } || urlResults.Any(u => !u.Succeeded);
            return !filesIndexed && !urlsIndexed && anyFailure ? ExitCodes.InputError : ExitCodes.Success;
        }, ct));
        return command;
    }

    private static bool IsUrl(string target) =>
        target.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static async Task<IReadOnlyList<SourcePollResult>> IngestUrlsAsync(VerbContext context, List<string> urls)
    {
        if (urls.Count == 0) return [];
        var service = context.Services.GetService<SourceService>()
            ?? throw new UserErrorException("Ingesting URLs needs the web sources feature, which this storage engine does not support yet.", ExitCodes.UsageError);
        var results = new List<SourcePollResult>();
        foreach (var url in urls) results.Add(await service.IngestUrlAsync(url, context.CancellationToken));
        return results;
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

    private static void Report(VerbContext context, IngestResult? fileResult, IReadOnlyList<SourcePollResult> urlResults)
    {
        var result = fileResult ?? new IngestResult(0, 0, 0, 0, 0, [], TimeSpan.Zero);
        if (context.Settings.Json)
        {
            JsonOutput.Write(new System.Text.Json.Nodes.JsonObject
            {
                ["urls"] = new System.Text.Json.Nodes.JsonArray(urlResults.Select(u => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject
                {
                    ["url"] = u.Url, ["kind"] = u.Kind.ToString().ToLowerInvariant(), ["added"] = u.Added, ["updated"] = u.Updated,
                    ["unchanged"] = u.Unchanged, ["duplicates"] = u.Duplicates, ["error"] = u.Error,
                    ["failedItems"] = u.ItemFailures.Count,
                }).ToArray()),
                ["files"] = result.Files, ["added"] = result.Added, ["updated"] = result.Updated, ["unchanged"] = result.Unchanged,
                ["skipped"] = result.Skipped, ["seconds"] = Math.Round(result.Elapsed.TotalSeconds, 3),
                ["failed"] = new System.Text.Json.Nodes.JsonArray(result.Failed.Select(f => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject
                {
                    ["file"] = f.File, ["line"] = f.Line, ["reason"] = f.Reason,
                }).ToArray()),
            });
            return;
        }
        foreach (var u in urlResults)
        {
            if (u.Succeeded) context.Console.MarkupLine(Markup.Escape(u.ToString()));
            else Console.Error.WriteLine($"  failed: {u}");
        }
        if (fileResult is null) return;
        context.Console.MarkupLine($"{Markup.Escape(result.ToString())} [grey]({result.Files} file(s) in {result.Elapsed.TotalSeconds:F1}s)[/]");
        foreach (var failure in result.Failed) Console.Error.WriteLine($"  failed: {failure}");
    }
}
