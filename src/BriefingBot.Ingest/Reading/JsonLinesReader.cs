using System.Text.Json;

namespace BriefingBot.Ingest.Reading;

/// <summary>
/// <c>.jsonl</c>: one article object per line, streamed so a large file never sits in memory. A bad line (invalid
/// JSON, invalid UTF-8, missing text, over the size cap) is reported with its line number and the rest still read.
/// The size cap applies to each line: JSON Lines is the bulk format.
/// </summary>
internal sealed class JsonLinesReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public IEnumerable<ReadEntry> Read(string path, long maxBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists) return [ReadEntry.Failed(path, Directory.Exists(path) ? "is a folder, not a file" : "file not found")];
        if (info.Length == 0) return [ReadEntry.Failed(path, "empty file")];
        return ReadLines(path, maxBytes);
    }

    private static IEnumerable<ReadEntry> ReadLines(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024);
        var head = new byte[64 * 1024];
        var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (TextDecoder.HasUtf16Bom(head.AsSpan(0, headLength)))
        {
            yield return ReadEntry.Failed(path, "UTF-16 text; JSON Lines files must be UTF-8");
            yield break;
        }
        var skip = TextDecoder.HasUtf8Bom(head.AsSpan(0, headLength)) ? 3 : 0;
        if (TextDecoder.BinaryReason(head.AsSpan(skip, headLength - skip)) is { } binary)
        {
            yield return ReadEntry.Failed(path, binary);
            yield break;
        }
        stream.Position = skip;

        var any = false;
        foreach (var (number, bytes, length) in ByteLines.Read(stream, maxBytes))
        {
            if (length > maxBytes)
            {
                yield return ReadEntry.Failed(path, SourceFile.TooLarge(length, maxBytes, "line"), number);
                any = true;
                continue;
            }
            if (bytes.AsSpan().Trim(" \t\r"u8).IsEmpty) continue;
            any = true;
            yield return ParseLine(path, number, bytes);
        }
        if (!any) yield return ReadEntry.Failed(path, "empty file (only whitespace)");
    }

    private static ReadEntry ParseLine(string path, int number, byte[] bytes)
    {
        if (!TextDecoder.TryDecodeUtf8(bytes, out var line, out var reason))
            return ReadEntry.Failed(path, reason!.Replace(", line 1)", ")", StringComparison.Ordinal), number);
        try
        {
            using var document = JsonDocument.Parse(line);
            return JsonArticle.Map(document.RootElement, path, number);
        }
        catch (JsonException ex)
        {
            return ReadEntry.Failed(path, $"invalid JSON: {ex.Message}", number);
        }
    }
}
