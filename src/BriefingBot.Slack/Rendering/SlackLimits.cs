namespace BriefingBot.Slack.Rendering;

/// <summary>Block Kit limits (Slack reference) and the tighter budgets the renderer keeps to stay clear of them.</summary>
internal static class SlackLimits
{
    public const int MaxBlocks = 50;
    public const int MaxSectionText = 3000;
    public const int MaxHeaderText = 150;
    public const int MaxContextElements = 10;
    public const int MaxFields = 10;
    public const int MaxFieldText = 2000;

    /// <summary>All block text together; msg_blocks_too_long has been seen near 13k, so stay well under.</summary>
    public const int TotalTextBudget = 10_000;

    /// <summary>The notification fallback; Slack truncates far later, but a notification only needs a line.</summary>
    public const int MaxFallbackText = 500;

    /// <summary>Sections are filled to this, leaving room for a "+N more" line.</summary>
    public const int SectionChunk = 2800;

    /// <summary>One bullet (a sentence, a quote, an event) never takes more than this, so no single item crowds out the rest.</summary>
    public const int MaxItem = 1200;
}
