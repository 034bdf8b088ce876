namespace BriefingBot.Core.Migration;

/// <param name="Total">How many rows the source held when the copy started (rows added meanwhile may push Done past it).</param>
public sealed record MigrationProgress(MigrationStage Stage, long Done, long Total);
