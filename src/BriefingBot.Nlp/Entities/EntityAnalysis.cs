using BriefingBot.Core.Analysis;

namespace BriefingBot.Nlp.Entities;

/// <summary>Entities of one document, their mentions in text order, and what is known of each person's gender.</summary>
internal sealed class EntityAnalysis(IReadOnlyList<Entity> entities, IReadOnlyList<EntityMention> mentions, IReadOnlyList<Gender> genders)
{
    public IReadOnlyList<Entity> Entities { get; } = entities;

    /// <summary>Sorted by start offset.</summary>
    public IReadOnlyList<EntityMention> Mentions { get; } = mentions;

    public IReadOnlyList<Gender> Genders { get; } = genders;

    public bool IsPerson(int entity) => Entities[entity].Kind == EntityKind.Person;

    /// <summary>The mention starting exactly at <paramref name="start"/>, if any.</summary>
    public EntityMention? MentionAt(int start)
    {
        var i = FirstAtOrAfter(start);
        return i < Mentions.Count && Mentions[i].Start == start ? Mentions[i] : null;
    }

    /// <summary>Index of the first mention starting at or after <paramref name="offset"/>.</summary>
    public int FirstAtOrAfter(int offset)
    {
        int lo = 0, hi = Mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Mentions[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// The person a role noun phrase refers to ("the Colombian president", "the mayor"): the most recently mentioned
    /// person before <paramref name="before"/> whose role holds the role noun and every modifier.
    /// </summary>
    public int? ResolveRole(IReadOnlyList<string> words, int before)
    {
        if (words.Count == 0) return null;
        for (var i = FirstAtOrAfter(before) - 1; i >= 0; i--)
        {
            var e = Entities[Mentions[i].Entity];
            if (e.Kind != EntityKind.Person || e.Role is null) continue;
            var role = e.Role;
            if (words.All(w => role.Contains(w, StringComparison.OrdinalIgnoreCase))) return Mentions[i].Entity;
        }
        return null;
    }
}
