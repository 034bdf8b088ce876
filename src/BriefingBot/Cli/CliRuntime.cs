using System.CommandLine;
using BriefingBot.Composition;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace BriefingBot.Cli;

/// <summary>
/// Runs a verb's body with composed services and turns failures into the promised exit codes: a user's mistake is one
/// line on stderr, never a stack trace (set BRIEFINGBOT_DEBUG=1 to see the details of an unexpected failure).
/// </summary>
internal sealed class CliRuntime(GlobalOptions global)
{
    public GlobalOptions Global { get; } = global;

    /// <param name="answersQuestions">True for verbs that answer from the index: on the default database they ingest the sample corpus first.</param>
    public async Task<int> RunAsync(ParseResult parseResult, bool answersQuestions, Func<VerbContext, Task<int>> body, CancellationToken cancellationToken)
    {
        var settings = Global.Read(parseResult);
        var console = AnsiConsole.Console;
        try
        {
            using var host = CliHost.Build(settings);
            if (answersQuestions && settings.UsesDefaultDatabase)
                await host.Services.GetRequiredService<SampleCorpus>().EnsureIngestedAsync(settings.Json ? null : console, cancellationToken);
            return await body(new VerbContext(host.Services, settings, console, cancellationToken));
        }
        catch (UserErrorException ex)
        {
            return Fail(ex.Message, ex.ExitCode);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Fail("cancelled", 130);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or InvalidDataException or IOException)
        {
            return Fail(ex.Message, ExitCodes.InputError);
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            return Fail(Describe(ex), ExitCodes.UsageError);
        }
#pragma warning disable CA1031 // Last line of defence for a CLI: report, exit non-zero, no stack trace unless asked for.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Fail(Describe(ex), ExitCodes.InternalError);
        }
    }

    private static string Describe(Exception ex) =>
        Environment.GetEnvironmentVariable("BRIEFINGBOT_DEBUG") == "1" ? ex.ToString() : ex.Message;

    private static int Fail(string message, int code)
    {
        Console.Error.WriteLine($"briefingbot: {message}");
        return code;
    }
}
