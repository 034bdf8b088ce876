using BriefingBot.Core.Commands;
using BriefingBot.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Slack.Commands;

/// <summary>
/// Who may change a channel's digests: users in <see cref="SlackOptions.AdminUserIds"/>, and, when
/// <see cref="SlackOptions.WorkspaceAdminsManageDigests"/> is on, workspace admins and owners (users.info,
/// cached for <see cref="CacheFor"/>). A failed lookup denies: refusing an admin once is better than letting anyone in.
/// </summary>
internal sealed class SlackChannelManagers(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackChannelManagers> logger)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, (bool IsAdmin, DateTimeOffset At)> cache = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Only commands that change a channel's digests need the (possibly remote) answer.</summary>
    public static bool Matters(BotCommand command) => command is DigestSubscribeCommand or DigestUnsubscribeCommand;

    public bool IsListed(string userId) => options.Value.AdminUserIds.Contains(userId, StringComparer.Ordinal);

    public async Task<bool> CanManageAsync(string userId, SlackWebApiClient webApi, CancellationToken cancellationToken)
    {
        if (IsListed(userId)) return true;
        if (!options.Value.WorkspaceAdminsManageDigests || string.IsNullOrWhiteSpace(options.Value.BotToken)) return false;
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (cache.TryGetValue(userId, out var hit) && now - hit.At < CacheFor) return hit.IsAdmin;
        }
        bool isAdmin;
        try
        {
            isAdmin = await webApi.IsWorkspaceAdminAsync(userId, cancellationToken);
        }
        catch (SlackApiException ex)
        {
            logger.LogWarning("users.info failed for {User}: {Error}; treating as not an admin", userId, ex.Error);
            return false;
        }
        lock (gate)
        {
            if (cache.Count > 10_000) cache.Clear();
            cache[userId] = (isAdmin, now);
        }
        return isAdmin;
    }
}
