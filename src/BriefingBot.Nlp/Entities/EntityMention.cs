namespace BriefingBot.Nlp.Entities;

/// <summary>One occurrence of an entity: [Start, End) is the name as written (without a possessive 's).</summary>
internal readonly record struct EntityMention(int Start, int End, int Entity, int Sentence);
