using System.Buffers;
using System.Globalization;
using System.Text;

namespace BriefingBot.Bench;

/// <summary>
/// Writes one JSON object per line straight from the composer's buffers, escaping on the fly: no intermediate
/// strings or DOM, which is what keeps generation far faster than ingest.
/// </summary>
internal static class JsonLine
{
    /// <summary>Characters JSON requires escaped (every other character, non-ASCII included, may appear as is).</summary>
    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    public static void Write(TextWriter writer, string id, ArticleComposer article)
    {
        writer.Write("{\"id\":");
        String(writer, id);
        writer.Write(",\"title\":");
        String(writer, article.Title);
        writer.Write(",\"url\":");
        String(writer, Url(article, id));
        writer.Write(",\"source\":");
        String(writer, article.Source);
        writer.Write(",\"published\":\"");
        writer.Write(article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.Write("\",\"authors\":[");
        for (var i = 0; i < article.Authors.Length; i++)
        {
            if (i > 0) writer.Write(',');
            String(writer, article.Authors[i]);
        }
        writer.Write("],\"text\":");
        String(writer, article.Text);
        writer.Write("}\n");
    }

    public static string Url(ArticleComposer article, string id) =>
        string.Create(CultureInfo.InvariantCulture, $"https://{article.Domain}/{article.Published:yyyy/MM/dd}/{article.Keyword.Replace(' ', '-')}-{id}");

    private static void String(TextWriter writer, StringBuilder value)
    {
        writer.Write('"');
        foreach (var chunk in value.GetChunks()) Escaped(writer, chunk.Span);
        writer.Write('"');
    }

    private static void String(TextWriter writer, string value)
    {
        writer.Write('"');
        Escaped(writer, value);
        writer.Write('"');
    }

    private static void Escaped(TextWriter writer, ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(NeedsEscape);
            if (next < 0)
            {
                writer.Write(text);
                return;
            }
            writer.Write(text[..next]);
            var c = text[next];
            switch (c)
            {
                case '"': writer.Write("\\\""); break;
                case '\\': writer.Write("\\\\"); break;
                case '\n': writer.Write("\\n"); break;
                case '\r': writer.Write("\\r"); break;
                case '\t': writer.Write("\\t"); break;
                default: writer.Write("\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
            }
            text = text[(next + 1)..];
        }
    }
}
