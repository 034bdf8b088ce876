using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingBot.Discord;

/// <summary>Discord's wire format: snake_case names, absent instead of null.</summary>
internal static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
