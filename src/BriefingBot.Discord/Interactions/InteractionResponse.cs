namespace BriefingBot.Discord.Interactions;

/// <summary>An interaction response; <see cref="Data"/> is serialized by its runtime type.</summary>
internal sealed record InteractionResponse(int Type, object? Data = null);
