using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;

namespace BriefingBot.Core.Tests.Digests;

/// <summary>
/// A platform that keeps its own log of posted messages (what a channel would show), fails on demand,
/// and can answer "was this nonce posted?" like Discord's nonce or a Slack metadata lookup.
/// </summary>
internal sealed class RecordingSender(TimeProvider time, ChatPlatform platform = ChatPlatform.Discord) : IDigestSender
{
    /// <summary>Failures to throw on the next attempts, in order; a <see cref="PostThenThrow"/> posts first.</summary>
    public Queue<Exception> Failures { get; } = new();

    public List<(DigestMessage Message, DateTimeOffset At)> Posted { get; } = [];

    public int Attempts { get; private set; }

    public bool CanConfirm { get; set; } = true;

    public ChatPlatform Platform => platform;

    public Task<DigestSendReceipt> SendAsync(DigestMessage message, CancellationToken cancellationToken)
    {
        lock (Posted)
        {
            Attempts++;
            if (Failures.TryDequeue(out var failure))
            {
                if (failure is PostThenThrow) Posted.Add((message, time.GetUtcNow()));
                throw failure;
            }
            Posted.Add((message, time.GetUtcNow()));
            return Task.FromResult(new DigestSendReceipt("m" + Posted.Count));
        }
    }

    public Task<DigestConfirmationResult> ConfirmAsync(DigestTarget target, string idempotencyKey, DateTimeOffset attemptedSince, CancellationToken cancellationToken)
    {
        if (!CanConfirm) return Task.FromResult(DigestConfirmationResult.Unknown);
        lock (Posted)
        {
            var index = Posted.FindIndex(p => p.Message.IdempotencyKey == idempotencyKey && p.Message.Target == target);
            return Task.FromResult(index >= 0 ? DigestConfirmationResult.Delivered("m" + (index + 1)) : DigestConfirmationResult.NotDelivered);
        }
    }

    /// <summary>The platform posted the message, then the connection broke before the answer arrived.</summary>
    internal sealed class PostThenThrow : TimeoutException
    {
        public PostThenThrow()
            : base("The response did not arrive in time.")
        {
        }
    }
}
