using System.CommandLine;

namespace BriefingBot.Cli;

/// <summary>Options every verb accepts: where the index lives, an extra config file, machine-readable output.</summary>
internal sealed class GlobalOptions
{
    public const string DefaultDatabase = "./data/briefingbot.db";

    public Option<string?> Db { get; } = new("--db")
    {
        Description = $"SQLite file path or PostgreSQL connection string (postgres://… or Host=…). Default {DefaultDatabase}.",
        Recursive = true,
    };

    public Option<FileInfo?> Config { get; } = new("--config")
    {
        Description = "An extra JSON configuration file (secrets belong in environment variables or user secrets).",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Machine-readable JSON on stdout instead of human text.",
        Recursive = true,
    };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Db);
        root.Options.Add(Config);
        root.Options.Add(Json);
    }

    public CliSettings Read(ParseResult parseResult) => new(
        parseResult.GetValue(Db),
        parseResult.GetValue(Config)?.FullName,
        parseResult.GetValue(Json));
}
