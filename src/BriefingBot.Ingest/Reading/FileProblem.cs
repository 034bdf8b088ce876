namespace BriefingBot.Ingest.Reading;

/// <summary>Why a file (or one line of it) could not be read or indexed. <see cref="File"/> is the path as enumerated.</summary>
/// <param name="Line">1-based line for line-oriented formats (JSON Lines), else null.</param>
public sealed record FileProblem(string File, int? Line, string Reason)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Reason}" : $"{File}: {Reason}";
}
