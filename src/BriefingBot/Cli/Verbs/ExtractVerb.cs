using System.CommandLine;
using BriefingBot.Cli.Output;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Time;
using BriefingBot.Ingest.Reading;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace BriefingBot.Cli.Verbs;

/// <summary>
/// <c>extract FILE... [--published D] [--summary-sentences N]</c>: the preprocessing without indexing. One document
/// prints one JSON object; several print JSON Lines, one object per document with its "file" (and "id" for .jsonl).
/// </summary>
internal static class ExtractVerb
{
    public static Command Create(CliRuntime runtime)
    {
        var files = new Argument<string[]>("files") { Description = "Files to analyze (.txt, .md, .html, .json, .jsonl).", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Document date (YYYY, YYYY-MM or YYYY-MM-DD) used to resolve relative dates." };
        published.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } p && !PartialDate.TryParse(p, out _)) r.AddError($"--published '{p}' is not YYYY, YYYY-MM or YYYY-MM-DD.");
        });
        var sentences = new Option<int?>("--summary-sentences") { Description = "How many summary sentences (1-20)." };
        sentences.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1 or > 20) r.AddError("--summary-sentences must be between 1 and 20."); });
        var command = new Command("extract", "Run the preprocessing on files without indexing them.") { files, published, sentences };
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, context =>
        {
            var analyzer = context.Services.GetRequiredService<ITextAnalyzer>();
            PartialDate? date = parseResult.GetValue(published) is { } p ? PartialDate.Parse(p) : null;
            var results = new List<(ReadDocument Document, DocumentAnalysis Analysis)>();
            var problems = 0;
            foreach (var path in parseResult.GetValue(files) ?? [])
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var read = DocumentReaders.ReadFile(path);
                foreach (var problem in read.Problems) Console.Error.WriteLine($"briefingbot: {problem}");
                problems += read.Problems.Count;
                foreach (var document in read.Documents)
                {
                    var input = new DocumentInput(document.Text, date ?? document.Published, document.Title, document.BodyStart, parseResult.GetValue(sentences) ?? document.SummarySentences);
                    results.Add((document, analyzer.Analyze(input)));
                }
            }
            Write(context, results);
            return Task.FromResult(problems > 0 ? ExitCodes.InputError : ExitCodes.Success);
        }, ct));
        return command;
    }

    private static void Write(VerbContext context, List<(ReadDocument Document, DocumentAnalysis Analysis)> results)
    {
        if (context.Settings.Json)
        {
            if (results.Count == 1)
            {
                JsonOutput.Write(ExtractJson.Document(results[0].Document, results[0].Analysis, includeFile: false));
                return;
            }
            foreach (var (document, analysis) in results)
                JsonOutput.WriteLine(ExtractJson.Document(document, analysis, includeFile: true));
            return;
        }
        foreach (var (document, analysis) in results) Describe(context.Console, document, analysis);
    }

    private static void Describe(IAnsiConsole console, ReadDocument document, DocumentAnalysis result)
    {
        var a = result.Analysis;
        console.Write(new Rule($"[bold]{Markup.Escape(document.Title ?? Path.GetFileName(document.File))}[/]").LeftJustified());
        console.MarkupLine($"[grey]published {Markup.Escape(result.Published?.ToString() ?? "unknown")}{(result.PublishedInferred ? " (inferred)" : string.Empty)}, "
            + $"{a.Sentences.Count} sentences, {a.Entities.Count} entities, {a.Quotes.Count} quotes, {a.Timexes.Count} dates{(a.Truncated ? ", truncated" : string.Empty)}[/]");
        foreach (var q in a.Quotes)
            console.MarkupLine($" • “{Markup.Escape(q.Text)}” — [bold]{Markup.Escape(q.Speaker ?? "unknown")}[/] [grey]({q.Kind.ToString().ToLowerInvariant()})[/]");
        foreach (var t in a.Timexes)
            console.MarkupLine($" • [bold]{Markup.Escape(t.Text)}[/] → {Markup.Escape(t.Value)} [grey]({Markup.Escape(t.Type)})[/]");
    }
}
