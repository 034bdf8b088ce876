namespace BriefingBot.Core.Sources;

/// <summary>What a registered URL turned out to be; <see cref="Unknown"/> until its first successful fetch.</summary>
public enum SourceKind
{
    Unknown,
    /// <summary>RSS 2.0, Atom 1.0 or JSON Feed: every poll ingests the new items.</summary>
    Feed,
    /// <summary>A single web page: every poll re-reads it (an updated article replaces its older version).</summary>
    Page,
}
