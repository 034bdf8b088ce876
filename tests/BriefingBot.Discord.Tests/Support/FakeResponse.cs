namespace BriefingBot.Discord.Tests.Support;

internal sealed record FakeResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Ok(string body = """{"id":"900"}""", IReadOnlyDictionary<string, string>? headers = null) => new(200, body, headers);
}
