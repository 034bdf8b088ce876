using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using BriefingBot.Core.Commands;

namespace BriefingBot.Discord.Interactions;

/// <summary>Reads a verified interaction body. Malformed input yields a reason (for a 400), never an exception.</summary>
internal static class InteractionReader
{
    private const int MaxDepth = 16;

    public static bool TryRead(ReadOnlyMemory<byte> body, [NotNullWhen(true)] out Interaction? interaction, [NotNullWhen(false)] out string? problem)
    {
        interaction = null;
        try
        {
            using var doc = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxDepth });
            return TryRead(doc.RootElement, out interaction, out problem);
        }
        catch (JsonException ex)
        {
            problem = "body is not valid JSON: " + ex.Message;
            return false;
        }
        catch (InvalidOperationException)
        {
            // A value of an unexpected JSON kind that a check above missed: still the client's error, not ours.
            problem = "body has an unexpected shape";
            return false;
        }
    }

    private static bool TryRead(JsonElement root, [NotNullWhen(true)] out Interaction? interaction, [NotNullWhen(false)] out string? problem)
    {
        interaction = null;
        if (root.ValueKind != JsonValueKind.Object) return Fail("body is not a JSON object", out problem);
        if (!TryInt(root, "type", out var typeNumber))
            return Fail("missing numeric 'type'", out problem);
        var type = (InteractionType)typeNumber;
        if (!Enum.IsDefined(type)) return Fail($"unknown interaction type {typeNumber}", out problem);
        if (type == InteractionType.Ping)
        {
            interaction = new Interaction(type, null, null, null, [], null);
            problem = null;
            return true;
        }

        var applicationId = String(root, "application_id");
        var token = String(root, "token");
        if (applicationId is null || token is null) return Fail("missing 'application_id' or 'token'", out problem);
        var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        var name = data.ValueKind == JsonValueKind.Object ? String(data, "name") : null;
        if (type is InteractionType.ApplicationCommand or InteractionType.Autocomplete && name is null)
            return Fail("missing 'data.name'", out problem);
        if (!TryReadOptions(data, depth: 0, out var options)) return Fail("'data.options' is malformed", out problem);

        var guildId = String(root, "guild_id");
        var channelId = String(root, "channel_id") ?? (root.TryGetProperty("channel", out var ch) && ch.ValueKind == JsonValueKind.Object ? String(ch, "id") : null);
        var member = root.TryGetProperty("member", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        var user = member.ValueKind == JsonValueKind.Object && member.TryGetProperty("user", out var mu) ? mu
            : root.TryGetProperty("user", out var u) ? u : default;
        var userId = user.ValueKind == JsonValueKind.Object ? String(user, "id") : null;
        if (channelId is null || userId is null) return Fail("missing 'channel_id' or user id", out problem);
        // Only a guild member has a permission set; in a DM nobody manages a channel's digests.
        var canManage = member.ValueKind == JsonValueKind.Object && DiscordPermissions.CanManageChannel(String(member, "permissions"));

        var context = new CommandContext(ChatPlatform.Discord, guildId, channelId, userId, canManage);
        interaction = new Interaction(type, applicationId, token, name, options, context);
        problem = null;
        return true;
    }

    private static bool TryReadOptions(JsonElement parent, int depth, out IReadOnlyList<InteractionOption> options)
    {
        options = [];
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty("options", out var array) || array.ValueKind == JsonValueKind.Null) return true;
        if (array.ValueKind != JsonValueKind.Array || depth > 2) return false;
        var list = new List<InteractionOption>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) return false;
            var name = String(item, "name");
            if (name is null || !TryInt(item, "type", out var type)) return false;
            if (!TryReadOptions(item, depth + 1, out var children)) return false;
            var focused = item.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True;
            list.Add(new InteractionOption(name, type, Scalar(item), focused, children));
        }
        options = list;
        return true;
    }

    private static string? Scalar(JsonElement option)
    {
        if (!option.TryGetProperty("value", out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => bool.TrueString,
            JsonValueKind.False => bool.FalseString,
            _ => null,
        };
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s : null,
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static bool TryInt(JsonElement element, string property, out int value)
    {
        value = 0;
        return element.TryGetProperty(property, out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out value);
    }

    private static bool Fail(string reason, out string problem)
    {
        problem = reason;
        return false;
    }
}
