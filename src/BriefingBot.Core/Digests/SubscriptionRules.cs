using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace BriefingBot.Core.Digests;

/// <summary>What a subscription may contain; messages name the valid form so users can fix their input.</summary>
internal static class SubscriptionRules
{
    public const int MaxTopics = 10;
    public const int MaxTopicLength = 100;
    public const string TimeForm = "a time of the form \"HH:mm\" (24-hour, e.g. 07:30)";

    public static bool TryParseTime([NotNullWhen(true)] string? text, out TimeOnly time)
    {
        time = default;
        var s = text?.Trim();
        return !string.IsNullOrEmpty(s)
            && TimeOnly.TryParseExact(s, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    public static IReadOnlyList<string> Topics(IReadOnlyList<string>? topics)
    {
        var cleaned = (topics ?? [])
            .Select(t => (t ?? string.Empty).Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (cleaned.Count == 0) throw new DigestValidationException("Name at least one topic, e.g. `digest subscribe colombia, farc 08:00 Europe/London`.");
        if (cleaned.Count > MaxTopics) throw new DigestValidationException($"A digest can follow at most {MaxTopics} topics (got {cleaned.Count}).");
        if (cleaned.FirstOrDefault(t => t.Length > MaxTopicLength) is { } tooLong)
            throw new DigestValidationException($"Topics are limited to {MaxTopicLength} characters (\"{tooLong[..20]}…\" is longer).");
        return cleaned;
    }

    public static TimeOnly Time(string? text) =>
        TryParseTime(text, out var time)
            ? time
            : throw new DigestValidationException($"\"{Shorten(text)}\" is not a time: use {TimeForm}.");

    public static string TimeZone(string? text) =>
        DigestTimeZones.TryResolve(text, out _, out var id)
            ? id
            : throw new DigestValidationException($"\"{Shorten(text)}\" is not a known time zone: use {DigestTimeZones.ValidForm}.");

    public static DigestCadence Cadence(string? text) =>
        DigestCadence.TryParse(text, out var cadence, out var problem)
            ? cadence
            : throw new DigestValidationException(problem);

    private static string Shorten(string? s) => s is null ? string.Empty : s.Length <= 40 ? s : s[..40] + "…";
}
