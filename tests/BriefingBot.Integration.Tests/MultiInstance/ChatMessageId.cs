namespace BriefingBot.Integration.Tests.MultiInstance;

internal sealed record ChatMessageId(string Id);
