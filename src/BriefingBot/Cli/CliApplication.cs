using System.CommandLine;
using BriefingBot.Cli.Verbs;

namespace BriefingBot.Cli;

/// <summary>The <c>briefingbot</c> command line: every verb of INTERFACES.md.</summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args)
    {
        var global = new GlobalOptions();
        var runtime = new CliRuntime(global);
        var root = new RootCommand("BriefingBot: news briefings with cited summaries, quotes by speaker and timelines.");
        global.AddTo(root);
        root.Subcommands.Add(IngestVerb.Create(runtime));
        root.Subcommands.Add(BriefVerb.Create(runtime));
        root.Subcommands.Add(QuotesVerb.Create(runtime));
        root.Subcommands.Add(TimelineVerb.Create(runtime));
        root.Subcommands.Add(SourcesVerb.Create(runtime));
        root.Subcommands.Add(ExtractVerb.Create(runtime));
        root.Subcommands.Add(DigestVerb.Create(runtime));
        root.Subcommands.Add(DiscordVerb.Create(runtime));
        root.Subcommands.Add(EvalVerb.Create(runtime));
        root.Subcommands.Add(BenchVerb.Create(runtime));
        root.Subcommands.Add(ServeVerb.Create(runtime));
        root.Subcommands.Add(MigrateVerb.Create(runtime));
        return await root.Parse(args).InvokeAsync();
    }
}
