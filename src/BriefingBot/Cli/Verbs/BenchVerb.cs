using System.CommandLine;
using System.Diagnostics;
using BriefingBot.Bench;
using BriefingBot.Cli.Output;
using Spectre.Console;

namespace BriefingBot.Cli.Verbs;

/// <summary><c>bench generate --articles N --out FILE.jsonl [--seed S]</c>: a reproducible synthetic corpus for benchmarks.</summary>
internal static class BenchVerb
{
    public static Command Create(CliRuntime runtime)
    {
        var articles = new Option<int>("--articles") { Description = "How many articles (1-1,000,000).", Required = true };
        articles.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 1_000_000) r.AddError("--articles must be between 1 and 1,000,000."); });
        var output = new Option<FileInfo>("--out") { Description = "The JSON Lines file to write (the ingest format).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Same seed, same bytes.", DefaultValueFactory = _ => SyntheticCorpus.DefaultSeed };
        var generate = new Command("generate", "Write N realistic synthetic articles as JSON Lines.") { articles, output, seed };
        generate.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, context =>
        {
            var file = parseResult.GetRequiredValue(output);
            file.Directory?.Create();
            var watch = Stopwatch.StartNew();
            SyntheticCorpus.WriteFile(file.FullName, parseResult.GetValue(articles), parseResult.GetValue(seed));
            file.Refresh();
            if (context.Settings.Json)
                JsonOutput.Write(new System.Text.Json.Nodes.JsonObject { ["file"] = file.FullName, ["articles"] = parseResult.GetValue(articles), ["bytes"] = file.Length, ["seconds"] = Math.Round(watch.Elapsed.TotalSeconds, 3) });
            else
                context.Console.MarkupLine($"Wrote {parseResult.GetValue(articles)} articles ({file.Length / 1024.0 / 1024.0:F1} MB) to {Markup.Escape(file.FullName)} in {watch.Elapsed.TotalSeconds:F1}s.");
            return Task.FromResult(ExitCodes.Success);
        }, ct));
        var command = new Command("bench", "Benchmark helpers (the benchmarks themselves live in tests/BriefingBot.Benchmarks).");
        command.Subcommands.Add(generate);
        return command;
    }
}
