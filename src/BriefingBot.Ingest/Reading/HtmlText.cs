using System.Text;
using AngleSharp.Dom;

namespace BriefingBot.Ingest.Reading;

/// <summary>
/// HTML to plain text with one paragraph per line (the shape the NLP pipeline and the seed corpus use):
/// block elements and <c>&lt;br&gt;</c> end a paragraph, whitespace inside a paragraph collapses to one space.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "nav", "aside", "footer",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "figcaption", "hr", "address", "body",
    };

    public static string ToParagraphs(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return string.Join('\n', paragraphs);
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(current, text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement { LocalName: "br" }:
                    Flush(current, paragraphs);
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.LocalName);
                    if (block) Flush(current, paragraphs);
                    Walk(element, current, paragraphs);
                    if (block) Flush(current, paragraphs);
                    break;
            }
        }
    }

    private static void AppendCollapsed(StringBuilder current, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (current.Length > 0 && current[^1] != ' ') current.Append(' ');
            }
            else
            {
                current.Append(c);
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var paragraph = current.ToString().Trim();
        if (paragraph.Length > 0) paragraphs.Add(paragraph);
        current.Clear();
    }
}
