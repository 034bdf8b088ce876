namespace BriefingBot.Discord.Tests.Support;

/// <summary>Interaction bodies shaped like Discord's.</summary>
internal static class Interactions
{
    public const string Token = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5OnRlc3Q";

    public static string Ping => """{"id":"787053080478613555","token":"ThisIsATokenFromDiscordThatIsVeryLong","type":1,"version":1}""";

    /// <summary>A slash command in a guild by a member with the given permission bit set.</summary>
    public static string Command(string name, string optionsJson = "[]", string permissions = "0", int type = 2) => $$$"""
        {"id":"1","application_id":"{{{BotHost.ApplicationId}}}","type":{{{type}}},"token":"{{{Token}}}","version":1,
         "guild_id":"500","channel_id":"600",
         "member":{"user":{"id":"700","username":"ana"},"permissions":"{{{permissions}}}"},
         "data":{"id":"9","name":"{{{name}}}","type":1,"options":{{{optionsJson}}}}}
        """;

    /// <summary>A slash command in a DM: <c>user</c> instead of <c>member</c>, no guild.</summary>
    public static string DirectMessageCommand(string name, string optionsJson = "[]") => $$$"""
        {"id":"1","application_id":"{{{BotHost.ApplicationId}}}","type":2,"token":"{{{Token}}}","version":1,
         "channel_id":"601","user":{"id":"701","username":"ana"},
         "data":{"id":"9","name":"{{{name}}}","type":1,"options":{{{optionsJson}}}}}
        """;

    public static string Option(string name, string value, bool focused = false) =>
        $$"""{"name":"{{name}}","type":3,"value":"{{value}}"{{(focused ? ",\"focused\":true" : "")}}}""";
}
