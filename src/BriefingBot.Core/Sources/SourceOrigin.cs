namespace BriefingBot.Core.Sources;

/// <summary>Who registered a source: declarative config files own theirs (and remove them when dropped from the file).</summary>
public enum SourceOrigin
{
    /// <summary>Added by a user (CLI <c>sources add</c>, chat).</summary>
    User,
    /// <summary>Declared in <c>config/sources.json</c>.</summary>
    Config,
}
