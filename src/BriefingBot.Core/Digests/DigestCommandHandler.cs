using System.Globalization;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Replies;

namespace BriefingBot.Core.Digests;

/// <summary>
/// /digest subscribe|list|unsubscribe|preview on every platform. Anyone may list and preview; only
/// members allowed to manage the channel may subscribe or unsubscribe, and only this channel's digests.
/// </summary>
public sealed class DigestCommandHandler(DigestService digests) : IDigestCommandHandler
{
    public const string NotAllowed = "Only members who can manage this channel may change its digests (Discord: Manage Channels permission; Slack: a workspace admin or owner).";

    public async Task<BotReply> ExecuteAsync(BotCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return command switch
            {
                DigestSubscribeCommand subscribe => await SubscribeAsync(subscribe, context, cancellationToken),
                DigestListCommand => await ListAsync(context, cancellationToken),
                DigestUnsubscribeCommand unsubscribe => await UnsubscribeAsync(unsubscribe, context, cancellationToken),
                DigestPreviewCommand preview => await PreviewAsync(preview, context, cancellationToken),
                _ => MessageReply.Error("Unknown digest action", "Use `digest subscribe`, `digest list`, `digest unsubscribe <id>` or `digest preview [id]`."),
            };
        }
        catch (DigestValidationException ex)
        {
            return MessageReply.Error("That digest could not be set up", ex.Message);
        }
    }

    private async Task<BotReply> SubscribeAsync(DigestSubscribeCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        if (!context.CanManageChannel) return MessageReply.Error("Not allowed", NotAllowed);
        var subscription = await digests.AddAsync(
            new DigestSubscriptionRequest(context.Platform, context.TenantId, context.ChannelId, command.Topics, command.Time, command.TimeZone, command.Cadence, context.UserId),
            cancellationToken);
        return new MessageReply("Digest set up", [Describe(subscription), $"Remove it with `digest unsubscribe {subscription.Id}`; see it now with `digest preview {subscription.Id}`."], MessageTone.Success);
    }

    private async Task<BotReply> ListAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var list = await digests.ListAsync(Target(context), cancellationToken);
        return list.Count == 0
            ? new MessageReply("No digests in this channel", ["Set one up with `digest subscribe <topics> [HH:mm] [Area/City] [daily|weekdays]`."])
            : new MessageReply(list.Count == 1 ? "1 digest in this channel" : string.Create(CultureInfo.InvariantCulture, $"{list.Count} digests in this channel"), list.Select(Describe).ToList());
    }

    private async Task<BotReply> UnsubscribeAsync(DigestUnsubscribeCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        if (!context.CanManageChannel) return MessageReply.Error("Not allowed", NotAllowed);
        var subscription = await digests.GetAsync(command.SubscriptionId, cancellationToken);
        if (subscription is null || subscription.Target != Target(context)) return NotFound(command.SubscriptionId);
        return await digests.RemoveAsync(subscription.Id, cancellationToken)
            ? new MessageReply("Digest removed", [$"`{subscription.Id}` ({string.Join(", ", subscription.Topics)}) will not be sent any more."], MessageTone.Success)
            : NotFound(command.SubscriptionId);
    }

    private async Task<BotReply> PreviewAsync(DigestPreviewCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        Subscription? subscription;
        if (command.SubscriptionId is null)
        {
            var list = await digests.ListAsync(Target(context), cancellationToken);
            subscription = list.Count > 0 ? list[0] : null;
            if (subscription is null) return new MessageReply("No digests in this channel", ["Set one up with `digest subscribe <topics> [HH:mm] [Area/City]`."]);
        }
        else
        {
            subscription = await digests.GetAsync(command.SubscriptionId, cancellationToken);
            if (subscription is null || subscription.Target != Target(context)) return NotFound(command.SubscriptionId);
        }
        var digest = await digests.PreviewAsync(subscription.Id, cancellationToken);
        if (digest is null) return NotFound(subscription.Id);
        // Rendered like the posted digest (adapters lay out DigestReply richly); only the asker sees it.
        return new DigestReply(digest, Ephemeral: true);
    }

    private string Describe(Subscription s)
    {
        var when = s.Cadence.Kind == DigestCadenceKind.Cron
            ? $"cron `{s.Cadence.Expression}` in {s.TimeZoneId}"
            : $"{s.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture)} {s.TimeZoneId}, {s.Cadence}";
        var next = s.Paused ? "paused" : digests.NextRun(s) is { } n ? "next " + DigestSchedule.Describe(s, n) : "no further runs";
        return $"`{s.Id}`: {string.Join(", ", s.Topics)} at {when} ({next})";
    }

    private static MessageReply NotFound(string id) =>
        MessageReply.Error("No such digest here", $"This channel has no digest `{id}`. `digest list` shows the ids.");

    private static DigestTarget Target(CommandContext context) =>
        new(context.Platform, string.IsNullOrWhiteSpace(context.TenantId) ? null : context.TenantId.Trim(), context.ChannelId.Trim());
}
