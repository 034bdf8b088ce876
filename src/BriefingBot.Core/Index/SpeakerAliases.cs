namespace BriefingBot.Core.Index;

/// <summary>
/// Operator-defined names for people and organisations (config/aliases.json: canonical name → other names), for names
/// the text alone cannot connect: nicknames ("Lula"), role names ("the pope"), transliterations. A typed name that
/// equals an alias (case and accents aside) is replaced by its canonical name before quotes are looked up.
/// </summary>
public sealed class SpeakerAliases
{
    private readonly Dictionary<string, string> _canonicalByAlias = new(StringComparer.Ordinal);

    public SpeakerAliases(IReadOnlyDictionary<string, IReadOnlyList<string>> aliasesByCanonicalName)
    {
        ArgumentNullException.ThrowIfNull(aliasesByCanonicalName);
        foreach (var (canonical, aliases) in aliasesByCanonicalName)
        {
            foreach (var alias in aliases.Append(canonical))
                _canonicalByAlias[Key(alias)] = canonical;
        }
    }

    public static SpeakerAliases None { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    public int Count => _canonicalByAlias.Count;

    /// <summary>The canonical name for <paramref name="typed"/>, or <paramref name="typed"/> itself when no alias matches.</summary>
    public string Resolve(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        return _canonicalByAlias.TryGetValue(Key(typed), out var canonical) ? canonical : typed;
    }

    private static string Key(string name) => string.Join(' ', SpeakerNames.Fold(name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
