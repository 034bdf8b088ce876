namespace BriefingBot.Core.Sources;

/// <summary>A feed or page that is polled on an interval, with the state of its polling.</summary>
/// <param name="Id">Stable id derived from the normalized URL.</param>
/// <param name="Url">The URL as registered (http or https).</param>
/// <param name="ConsecutiveFailures">Failed polls since the last success; reaching the configured limit disables the source.</param>
/// <param name="LastError">Why the last poll failed, in words a user can act on; null after a success.</param>
/// <param name="DisabledReason">Why the source is no longer polled; null while enabled.</param>
/// <param name="ETag">Validator for a conditional GET (<c>If-None-Match</c>).</param>
/// <param name="LastModified">Validator for a conditional GET (<c>If-Modified-Since</c>), as the server sent it.</param>
public sealed record WebSource(
    string Id,
    string Url,
    SourceKind Kind,
    TimeSpan Interval,
    SourceOrigin Origin,
    DateTimeOffset AddedAt,
    string? Title = null,
    DateTimeOffset? NextPollAt = null,
    DateTimeOffset? LastPolledAt = null,
    DateTimeOffset? LastSuccessAt = null,
    int ConsecutiveFailures = 0,
    string? LastError = null,
    string? DisabledReason = null,
    string? ETag = null,
    string? LastModified = null,
    int ItemsIngested = 0)
{
    public bool Enabled => DisabledReason is null;
}
