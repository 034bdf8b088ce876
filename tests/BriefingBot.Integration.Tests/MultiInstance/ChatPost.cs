namespace BriefingBot.Integration.Tests.MultiInstance;

/// <param name="Instance">The bot instance that posted it.</param>
internal sealed record ChatPost(string Channel, string Nonce, string Instance, string Content);
