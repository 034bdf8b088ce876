using System.Text;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// Packs whole lines into embeds without ever breaking a limit: description first, then fields, then further
/// embeds. A line that does not fit is refused (the caller counts it as "+N more"); lines are never split.
/// </summary>
internal sealed class EmbedComposer
{
    /// <summary>Kept free for the footer, which is written last (it reports what was dropped).</summary>
    private const int FooterReserve = 300;

    private readonly List<Draft> _embeds = [];
    private readonly int _color;
    private int _used;

    public EmbedComposer(string title, int color, Uri? url = null)
    {
        _color = color;
        var fitted = DiscordMarkdown.Fit(title, DiscordLimits.Title);
        _embeds.Add(new Draft { Title = fitted, Url = url });
        _used = fitted.Length;
    }

    private int Remaining => DiscordLimits.EmbedTotal - FooterReserve - _used;

    private Draft Current => _embeds[^1];

    /// <summary>Appends a line to the current embed's description.</summary>
    public bool TryAddDescriptionLine(string line)
    {
        ArgumentException.ThrowIfNullOrEmpty(line);
        var description = Current.Description;
        var cost = line.Length + (description.Length > 0 ? 1 : 0);
        if (Current.Fields.Count > 0 || description.Length + cost > DiscordLimits.Description || cost > Remaining) return false;
        if (description.Length > 0) description.Append('\n');
        description.Append(line);
        _used += cost;
        return true;
    }

    /// <summary>Appends a line to the field group <paramref name="group"/>, opening "group (cont.)" fields and new embeds as needed.</summary>
    public bool TryAddFieldLine(string group, string line)
    {
        ArgumentException.ThrowIfNullOrEmpty(group);
        ArgumentException.ThrowIfNullOrEmpty(line);
        if (line.Length > DiscordLimits.FieldValue) return false;
        var last = Current.Fields.Count > 0 ? Current.Fields[^1] : null;
        if (last is not null && last.Group == group && last.Value.Length + 1 + line.Length <= DiscordLimits.FieldValue)
        {
            if (line.Length + 1 > Remaining) return false;
            last.Value.Append('\n').Append(line);
            _used += line.Length + 1;
            return true;
        }
        var continued = _embeds.Any(e => e.Fields.Any(f => f.Group == group));
        var name = DiscordMarkdown.Fit(continued ? group + " (cont.)" : group, DiscordLimits.FieldName);
        if (name.Length + line.Length > Remaining) return false;
        if (Current.Fields.Count == DiscordLimits.Fields)
        {
            if (_embeds.Count == DiscordLimits.Embeds) return false;
            _embeds.Add(new Draft());
        }
        var field = new FieldDraft(group, name);
        field.Value.Append(line);
        Current.Fields.Add(field);
        _used += name.Length + line.Length;
        return true;
    }

    /// <summary>Adds several lines to a field group in order; returns how many did not fit (they are dropped whole).</summary>
    public int AddFieldLines(string group, IEnumerable<string> lines, int budget = int.MaxValue)
    {
        var dropped = 0;
        var spent = 0;
        foreach (var line in lines)
        {
            if (dropped > 0 || spent + line.Length > budget || !TryAddFieldLine(group, line))
            {
                dropped++;
                continue;
            }
            spent += line.Length + 1;
        }
        return dropped;
    }

    /// <summary>Adds lines to the description and, once it is full (or over <paramref name="budget"/>), to <paramref name="overflowGroup"/> fields.</summary>
    public int AddLines(IEnumerable<string> lines, string overflowGroup, int budget = int.MaxValue)
    {
        var dropped = 0;
        var spent = 0;
        foreach (var line in lines)
        {
            var fits = dropped == 0 && spent + line.Length <= budget
                && (TryAddDescriptionLine(line) || TryAddFieldLine(overflowGroup, line));
            if (fits) spent += line.Length + 1;
            else dropped++;
        }
        return dropped;
    }

    public DiscordMessage Build(string? footer, int? flags)
    {
        var footerText = string.IsNullOrWhiteSpace(footer)
            ? null
            : DiscordMarkdown.Fit(footer, Math.Min(DiscordLimits.Footer, DiscordLimits.EmbedTotal - _used));
        var embeds = new List<DiscordEmbed>(_embeds.Count);
        for (var i = 0; i < _embeds.Count; i++)
        {
            var draft = _embeds[i];
            var isLast = i == _embeds.Count - 1;
            embeds.Add(new DiscordEmbed(
                draft.Title,
                draft.Description.Length > 0 ? draft.Description.ToString() : null,
                [.. draft.Fields.Select(f => new DiscordEmbedField(f.Name, f.Value.ToString()))],
                isLast && footerText is not null ? new DiscordEmbedFooter(footerText) : null,
                _color,
                draft.Url));
        }
        return new DiscordMessage(null, embeds, flags);
    }

    private sealed class Draft
    {
        public string? Title { get; init; }
        public Uri? Url { get; init; }
        public StringBuilder Description { get; } = new();
        public List<FieldDraft> Fields { get; } = [];
    }

    private sealed class FieldDraft(string group, string name)
    {
        public string Group { get; } = group;
        public string Name { get; } = name;
        public StringBuilder Value { get; } = new();
    }
}
