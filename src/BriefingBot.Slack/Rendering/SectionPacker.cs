using System.Globalization;

namespace BriefingBot.Slack.Rendering;

/// <summary>
/// Packs whole lines into sections within a character and block allowance. Lines are never split; what does
/// not fit is dropped from the end and announced as "+N more".
/// </summary>
internal static class SectionPacker
{
    /// <summary>Room kept in every section for the "+N more" line.</summary>
    private const int MoreReserve = 32;

    public static IReadOnlyList<SectionBlock> Pack(string? heading, IReadOnlyList<string> lines, int maxChars, int maxBlocks)
    {
        var sections = new List<SectionBlock>();
        var current = heading ?? string.Empty;
        var used = current.Length;
        var taken = 0;
        foreach (var line in lines)
        {
            if (used + line.Length + 1 + MoreReserve > maxChars) break;
            if (current.Length > 0 && current.Length + 1 + line.Length + MoreReserve > SlackLimits.SectionChunk)
            {
                if (sections.Count + 2 > maxBlocks) break;
                sections.Add(new SectionBlock(current));
                current = line;
            }
            else
            {
                current = current.Length == 0 ? line : current + "\n" + line;
            }
            used += line.Length + 1;
            taken++;
        }
        var dropped = lines.Count - taken;
        if (dropped > 0)
        {
            var more = string.Create(CultureInfo.InvariantCulture, $"_+{dropped} more_");
            current = current.Length == 0 ? more : current + "\n" + more;
        }
        if (current.Length > 0) sections.Add(new SectionBlock(current));
        return sections;
    }
}
