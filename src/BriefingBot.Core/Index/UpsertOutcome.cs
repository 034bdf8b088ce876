namespace BriefingBot.Core.Index;

public enum UpsertOutcome
{
    Added,
    Updated,
    /// <summary>The same content was already indexed; nothing changed.</summary>
    Unchanged,
}
