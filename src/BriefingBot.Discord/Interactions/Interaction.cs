using BriefingBot.Core.Commands;

namespace BriefingBot.Discord.Interactions;

/// <summary>The parts of an interaction BriefingBot uses. Commands and autocompletes always carry a context and token.</summary>
internal sealed record Interaction(
    InteractionType Type,
    string? ApplicationId,
    string? Token,
    string? CommandName,
    IReadOnlyList<InteractionOption> Options,
    CommandContext? Context);
