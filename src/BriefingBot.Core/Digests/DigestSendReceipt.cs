namespace BriefingBot.Core.Digests;

/// <param name="MessageId">The platform's id of the posted message (Discord message id, Slack ts), when known.</param>
public sealed record DigestSendReceipt(string? MessageId);
