namespace BriefingBot.Core.Index;

/// <summary>What an import did with one exported row.</summary>
public enum ImportOutcome
{
    /// <summary>The target did not have it; it was written as exported.</summary>
    Added,

    /// <summary>The target had an older or different copy; it now holds the exported one.</summary>
    Replaced,

    /// <summary>The target already held exactly this; nothing was written.</summary>
    Unchanged,

    /// <summary>The target's copy changed after the export was taken (newer); it was kept, the exported one dropped.</summary>
    KeptTarget,
}
