namespace BriefingBot.Discord.Interactions;

/// <summary>An option as received; <see cref="Value"/> is the string form of scalars, null for subcommands.</summary>
internal sealed record InteractionOption(string Name, int Type, string? Value, bool Focused, IReadOnlyList<InteractionOption> Options);
