namespace BriefingBot.Discord.Tests.Support;

internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string? UserAgent, string Body, string Query = "");
