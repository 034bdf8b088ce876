using System.CommandLine;
using System.Text.Json.Nodes;
using BriefingBot.Cli.Output;
using BriefingBot.Composition;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Index;
using BriefingBot.Core.Migration;
using BriefingBot.Storage.Postgres;
using BriefingBot.Storage.Postgres.Digests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Spectre.Console;

namespace BriefingBot.Cli.Verbs;

/// <summary>
/// <c>migrate-to-postgres --to CS [--db PATH]</c>: copies a SQLite index (articles with their analysis and indexing
/// instants, digest subscriptions, the delivery outbox and its history) into PostgreSQL, then counts both sides.
/// Idempotent: a re-run skips what is already there and finishes an interrupted copy.
/// </summary>
internal static class MigrateVerb
{
    public static Command Create(CliRuntime runtime)
    {
        var to = new Option<string>("--to")
        {
            Description = "The PostgreSQL database to copy into: postgres://user:pass@host:5432/db or Host=…;Database=…;Username=…;Password=….",
            Required = true,
        };
        var command = new Command(
            "migrate-to-postgres",
            "Copy the SQLite index (--db, default ./data/briefingbot.db) with its digest subscriptions and delivery history into PostgreSQL.")
        {
            to,
        };
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, async context =>
        {
            var targetConnectionString = RequirePostgres(parseResult.GetRequiredValue(to));
            var sourcePath = RequireSqliteSource(context.Services.GetRequiredService<StorageSelection>());
            var source = new MigrationSource(
                context.Services.GetRequiredService<IArticleExport>(), context.Services.GetRequiredService<IDigestExport>());

            await using var targetServices = new ServiceCollection()
                .AddPostgresArticleIndex(targetConnectionString)
                .AddPostgresDigestStore(targetConnectionString)
                .BuildServiceProvider();
            var target = new MigrationTarget(
                targetServices.GetRequiredService<IArticleImport>(), targetServices.GetRequiredService<IArticleExport>(),
                targetServices.GetRequiredService<IDigestImport>(), targetServices.GetRequiredService<IDigestExport>());
            var migration = new IndexMigration(source, target);

            MigrationReport report;
            try
            {
                report = context.Settings.Json || !context.Console.Profile.Capabilities.Interactive
                    ? await migration.RunAsync(progress: null, context.CancellationToken)
                    : await WithProgressAsync(context, migration);
            }
            catch (NpgsqlException ex)
            {
                // Unreachable server, wrong password, missing privilege: the operator's to fix, not a crash.
                throw new UserErrorException($"PostgreSQL refused the migration: {ex.Message}");
            }

            Report(context, sourcePath, report);
            if (report.CountsMatch) return ExitCodes.Success;
            var differences = string.Join(", ", report.Counts.Where(c => !c.Matches).Select(c => $"{c.Name} {c.Source} in SQLite vs {c.Target} in PostgreSQL"));
            await Console.Error.WriteLineAsync($"briefingbot: the counts differ after the copy: {differences}.");
            return ExitCodes.InputError;
        }, ct));
        return command;
    }

    /// <summary>The same rule that picks the engine for --db: a postgres:// URL or a keyword string naming a host.</summary>
    private static string RequirePostgres(string target)
    {
        var selection = StorageSelection.Resolve(target, new ConfigurationBuilder().Build());
        if (selection.Provider != StorageProvider.Postgres)
            throw new UserErrorException("--to must name a PostgreSQL database (postgres://user:pass@host/db or Host=…;Database=…); it does not look like one.", ExitCodes.UsageError);
        try
        {
            return PostgresConnectionString.ToNpgsql(target);
        }
        catch (ArgumentException ex)
        {
            throw new UserErrorException($"--to: {ex.Message}", ExitCodes.UsageError);
        }
    }

    private static string RequireSqliteSource(StorageSelection storage)
    {
        if (storage.Provider != StorageProvider.Sqlite)
            throw new UserErrorException("The source must be a SQLite index file: pass --db <path to the .db file>.", ExitCodes.UsageError);
        // Opening a missing file would create an empty index and "migrate" nothing.
        if (!File.Exists(storage.Target))
            throw new UserErrorException($"No SQLite index at '{Path.GetFullPath(storage.Target)}': pass --db <path to the .db file>.");
        return Path.GetFullPath(storage.Target);
    }

    private static async Task<MigrationReport> WithProgressAsync(VerbContext context, IndexMigration migration)
    {
        MigrationReport? report = null;
        await context.Console.Progress().AutoClear(false).StartAsync(async progress =>
        {
            var tasks = new Dictionary<MigrationStage, ProgressTask>();
            var reporter = new SynchronousProgress<MigrationProgress>(p =>
            {
                if (!tasks.TryGetValue(p.Stage, out var task))
                {
                    task = progress.AddTask($"Copying {p.Stage.ToString().ToLowerInvariant()}");
                    tasks[p.Stage] = task;
                }
                task.MaxValue = Math.Max(1, Math.Max(p.Total, p.Done));
                task.Value = p.Done;
            });
            report = await migration.RunAsync(reporter, context.CancellationToken);
            foreach (var task in tasks.Values) task.Value = task.MaxValue;
        });
        return report!;
    }

    private static void Report(VerbContext context, string sourcePath, MigrationReport report)
    {
        if (context.Settings.Json)
        {
            JsonOutput.Write(new JsonObject
            {
                ["source"] = sourcePath,
                ["copied"] = new JsonObject
                {
                    ["articles"] = Tally(report.Articles),
                    ["subscriptions"] = Tally(report.Subscriptions),
                    ["deliveries"] = Tally(report.Deliveries),
                },
                ["counts"] = new JsonObject(report.Counts.Select(c => KeyValuePair.Create(c.Name, (JsonNode?)new JsonObject
                {
                    ["sqlite"] = c.Source, ["postgres"] = c.Target, ["match"] = c.Matches,
                }))),
                ["match"] = report.CountsMatch,
            });
            return;
        }

        var copied = new Table().Border(TableBorder.Simple).AddColumns("Copied", "Added", "Replaced", "Unchanged", "Kept (newer in PostgreSQL)");
        foreach (var (name, tally) in new[] { ("articles", report.Articles), ("subscriptions", report.Subscriptions), ("deliveries", report.Deliveries) })
            copied.AddRow(name, $"{tally.Added}", $"{tally.Replaced}", $"{tally.Unchanged}", $"{tally.KeptTarget}");
        context.Console.Write(copied);

        var counts = new Table().Border(TableBorder.Simple).AddColumns("Rows", "SQLite", "PostgreSQL", "");
        foreach (var c in report.Counts)
            counts.AddRow(c.Name, $"{c.Source}", $"{c.Target}", c.Matches ? "[green]same[/]" : "[red]DIFFERENT[/]");
        context.Console.Write(counts);
        context.Console.MarkupLine(report.CountsMatch
            ? "[green]Every count matches.[/] Point the bot at PostgreSQL (Storage__Provider=Postgres, ConnectionStrings__BriefingBot)."
            : "[red]The counts differ[/] (see above). Re-run to finish an interrupted copy; rows kept because PostgreSQL has newer copies, or rows only one side has, also show here.");
    }

    private static JsonObject Tally(ImportTally tally) => new()
    {
        ["added"] = tally.Added, ["replaced"] = tally.Replaced, ["unchanged"] = tally.Unchanged, ["keptTarget"] = tally.KeptTarget,
    };

    /// <summary>Reports on the caller's thread: <see cref="Progress{T}"/> would post to the thread pool and race the table.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
