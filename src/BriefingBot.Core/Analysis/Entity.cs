namespace BriefingBot.Core.Analysis;

/// <summary>A named thing in one document, under its canonical (longest) name with the other names it goes by.</summary>
public sealed record Entity(string Name, EntityKind Kind, IReadOnlyList<string> Aliases, string? Role, int Mentions);
