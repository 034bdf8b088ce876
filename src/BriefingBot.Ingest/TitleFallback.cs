namespace BriefingBot.Ingest;

/// <summary>A title for a document that has none: its first line, shortened at a word boundary.</summary>
internal static class TitleFallback
{
    private const int MaxLength = 100;

    public static string? From(string body)
    {
        var firstLine = body.AsSpan().TrimStart();
        var end = firstLine.IndexOfAny('\r', '\n');
        var line = (end < 0 ? firstLine : firstLine[..end]).Trim().ToString();
        if (line.Length == 0) return null;
        if (line.Length <= MaxLength) return line;
        var cut = line.LastIndexOf(' ', MaxLength);
        return string.Concat(line.AsSpan(0, cut > MaxLength / 2 ? cut : MaxLength).TrimEnd(), "…");
    }
}
