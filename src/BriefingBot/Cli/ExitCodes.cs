namespace BriefingBot.Cli;

/// <summary>The process exit codes INTERFACES.md promises.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int UsageError = 1;
    public const int InputError = 2;
    public const int InternalError = 3;
}
