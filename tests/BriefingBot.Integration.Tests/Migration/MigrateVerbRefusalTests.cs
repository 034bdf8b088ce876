using BriefingBot.Cli;

namespace BriefingBot.Integration.Tests.Migration;

/// <summary>The verb's refusals need no database: they happen before anything is opened.</summary>
public sealed class MigrateVerbRefusalTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefingbot-migrate-refusal-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("./other.db")]
    [InlineData("Data Source=other.db")]
    [InlineData("mysql://user:pass@host/db")]
    public async Task MigrateToPostgres_TargetNotPostgres_RefusesWithUsageError(string target)
    {
        var source = Path.Combine(_folder, "index.db");
        await File.WriteAllBytesAsync(source, [], TestContext.Current.CancellationToken);

        var exitCode = await CliApplication.RunAsync(["migrate-to-postgres", "--db", source, "--to", target]);

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Equal(0, new FileInfo(source).Length); // refused before the source was opened (opening migrates it)
    }

    [Fact]
    public async Task MigrateToPostgres_SourceFileMissing_RefusesWithoutCreatingIt()
    {
        var missing = Path.Combine(_folder, "missing.db");

        var exitCode = await CliApplication.RunAsync(["migrate-to-postgres", "--db", missing, "--to", "postgres://u:p@127.0.0.1:1/db"]);

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task MigrateToPostgres_SourceIsPostgres_RefusesWithUsageError()
    {
        var exitCode = await CliApplication.RunAsync(["migrate-to-postgres", "--db", "postgres://u:p@127.0.0.1:1/a", "--to", "postgres://u:p@127.0.0.1:1/b"]);

        Assert.Equal(ExitCodes.UsageError, exitCode);
    }
}
