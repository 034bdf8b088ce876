namespace BriefingBot.Integration.Tests.MultiInstance;

internal sealed record ChatMessageBody(string Nonce, string Content);
