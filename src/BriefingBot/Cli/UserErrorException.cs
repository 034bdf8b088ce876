namespace BriefingBot.Cli;

/// <summary>A problem the user can fix (bad path, bad option value): printed as one line on stderr, never a stack trace.</summary>
internal sealed class UserErrorException(string message, int exitCode = ExitCodes.InputError) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
