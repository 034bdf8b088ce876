using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace BriefingBot.Ingest.Reading;

/// <summary>
/// YAML front matter: a first line <c>---</c>, YAML, and a closing line <c>---</c> (or <c>...</c>).
/// <see cref="End"/> is the offset just after the closing line, where the body starts.
/// </summary>
internal sealed record FrontMatter(Metadata Metadata, int End)
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <summary>
    /// False with a reason when front matter starts but is broken; true with <paramref name="frontMatter"/> null
    /// when the text has none.
    /// </summary>
    public static bool TryParse(string text, out FrontMatter? frontMatter, out string? reason)
    {
        frontMatter = null;
        reason = null;
        var firstEnd = LineEnd(text, 0, out var afterFirst);
        if (text.AsSpan(0, firstEnd).TrimEnd() is not "---") return true;

        var lineStart = afterFirst;
        while (lineStart < text.Length)
        {
            var lineEnd = LineEnd(text, lineStart, out var next);
            if (text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd() is "---" or "...")
            {
                return TryReadYaml(text[afterFirst..lineStart], next, out frontMatter, out reason);
            }
            lineStart = next;
        }
        reason = "front matter is not closed (no line '---' after the opening '---')";
        return false;
    }

    private static bool TryReadYaml(string yaml, int end, out FrontMatter? frontMatter, out string? reason)
    {
        frontMatter = null;
        reason = null;
        try
        {
            var fields = string.IsNullOrWhiteSpace(yaml) ? null : Yaml.Deserialize<object?>(yaml);
            switch (fields)
            {
                case null:
                    frontMatter = new FrontMatter(Metadata.Empty, end);
                    return true;
                case IDictionary<object, object?> map:
                    frontMatter = new FrontMatter(
                        Metadata.FromFields(map.Select(kv => KeyValuePair.Create(kv.Key.ToString() ?? string.Empty, kv.Value))), end);
                    return true;
                default:
                    reason = "front matter is not a YAML mapping (expected 'key: value' lines)";
                    return false;
            }
        }
        catch (YamlException ex)
        {
            // The YAML starts on the file's second line.
            reason = $"invalid YAML front matter at line {ex.Start.Line + 1}: {ex.InnerException?.Message ?? ex.Message}";
            return false;
        }
    }

    /// <summary>End of the line starting at <paramref name="start"/> (before '\r\n' or '\n'); <paramref name="next"/> is the next line's start.</summary>
    internal static int LineEnd(string text, int start, out int next)
    {
        var nl = text.IndexOf('\n', start);
        if (nl < 0)
        {
            next = text.Length;
            return text.Length;
        }
        next = nl + 1;
        return nl > start && text[nl - 1] == '\r' ? nl - 1 : nl;
    }
}
