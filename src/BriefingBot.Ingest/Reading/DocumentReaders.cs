namespace BriefingBot.Ingest.Reading;

/// <summary>
/// Picks the reader for a file by its extension. <see cref="ReadFile"/> is what the CLI's <c>extract</c> verb calls:
/// the documents of one file with their text exactly as read, body offset and metadata, or the reasons they could
/// not be read. Never throws for bad input.
/// </summary>
public static class DocumentReaders
{
    /// <summary>20 MB: far above any article, low enough that a stray dump or video is refused quickly.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    private static readonly IDocumentReader[] Readers =
        [new PlainTextReader(), new MarkdownReader(), new HtmlReader(), new JsonReader(), new JsonLinesReader()];

    private static readonly Dictionary<string, IDocumentReader> ByExtension = Readers
        .SelectMany(r => r.Extensions.Select(e => KeyValuePair.Create(e, r)))
        .ToDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extensions with a reader, lower case with the dot.</summary>
    public static IReadOnlyCollection<string> SupportedExtensions => ByExtension.Keys;

    public static bool IsSupported(string path) => ByExtension.ContainsKey(Path.GetExtension(path));

    /// <summary>Reads every document of a file. An unsupported extension, a missing file or bad content is a problem, not an exception.</summary>
    public static FileReadResult ReadFile(string path, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        var documents = new List<ReadDocument>();
        var problems = new List<FileProblem>();
        foreach (var entry in Read(path, maxBytes))
        {
            if (entry.Document is { } document) documents.Add(document);
            if (entry.Problem is { } problem) problems.Add(problem);
        }
        return new FileReadResult(path, documents, problems);
    }

    /// <summary>Streams the documents of a file; I/O errors midway become a problem for that file.</summary>
    internal static IEnumerable<ReadEntry> Read(string path, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        if (!ByExtension.TryGetValue(Path.GetExtension(path), out var reader))
        {
            var extension = Path.GetExtension(path);
            var what = extension.Length == 0 ? "a file without extension" : $"'{extension}' files";
            return [ReadEntry.Failed(path, $"cannot read {what}; supported: {string.Join(", ", SupportedExtensions.Order(StringComparer.Ordinal))}")];
        }
        return Guarded(path, () => reader.Read(path, maxBytes));
    }

    /// <summary>Whole-file readers do their I/O when called, line readers when enumerated: both happen inside the guard.</summary>
    internal static IEnumerable<ReadEntry> Guarded(string path, Func<IEnumerable<ReadEntry>> read)
    {
        IEnumerator<ReadEntry>? enumerator = null;
        try
        {
            while (true)
            {
                ReadEntry entry;
                string? failure = null;
                try
                {
                    enumerator ??= read().GetEnumerator();
                    if (!enumerator.MoveNext()) yield break;
                    entry = enumerator.Current;
                }
                catch (IOException ex)
                {
                    failure = $"could not read the file: {ex.Message}";
                    entry = default;
                }
                catch (UnauthorizedAccessException)
                {
                    failure = "permission denied";
                    entry = default;
                }
                if (failure is not null)
                {
                    yield return ReadEntry.Failed(path, failure);
                    yield break;
                }
                yield return entry;
            }
        }
        finally
        {
            enumerator?.Dispose();
        }
    }
}
