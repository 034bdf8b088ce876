using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Cronos;

namespace BriefingBot.Core.Digests;

/// <summary>
/// How often a digest runs: every day or Monday to Friday at the subscription's local time, or a
/// five-field cron expression (minute hour day-of-month month day-of-week) evaluated in the
/// subscription's zone, in which case the expression also decides the time of day.
/// </summary>
public sealed record DigestCadence
{
    /// <summary>The form users are told when a cadence cannot be read.</summary>
    public const string ValidForms = "\"daily\", \"weekdays\" or a five-field cron expression such as \"0 7 * * 1-5\"";

    /// <summary>Closer cron occurrences would turn a digest into a feed and flood the outbox.</summary>
    public static readonly TimeSpan MinimumCronInterval = TimeSpan.FromHours(1);

    private const string CronPrefix = "cron:";

    private DigestCadence(DigestCadenceKind kind, string? expression)
    {
        Kind = kind;
        Expression = expression;
    }

    public static DigestCadence Daily { get; } = new(DigestCadenceKind.Daily, null);

    public static DigestCadence Weekdays { get; } = new(DigestCadenceKind.Weekdays, null);

    public DigestCadenceKind Kind { get; }

    /// <summary>The cron expression for <see cref="DigestCadenceKind.Cron"/>; null otherwise.</summary>
    public string? Expression { get; }

    /// <summary>Reads "daily", "weekdays" (also "weekday"), a cron expression, or the stored form "cron:…".</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out DigestCadence? cadence, [NotNullWhen(false)] out string? problem)
    {
        cadence = null;
        problem = null;
        var s = text?.Trim() ?? string.Empty;
        if (s.StartsWith(CronPrefix, StringComparison.OrdinalIgnoreCase)) s = s[CronPrefix.Length..].Trim();
        if (s.Equals("daily", StringComparison.OrdinalIgnoreCase))
        {
            cadence = Daily;
            return true;
        }
        if (s.Equals("weekdays", StringComparison.OrdinalIgnoreCase) || s.Equals("weekday", StringComparison.OrdinalIgnoreCase))
        {
            cadence = Weekdays;
            return true;
        }
        var fields = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5)
        {
            problem = $"The cadence must be {ValidForms}.";
            return false;
        }
        var normalized = string.Join(' ', fields);
        CronExpression cron;
        try
        {
            cron = CronExpression.Parse(normalized, CronFormat.Standard);
        }
        catch (CronFormatException ex)
        {
            problem = $"The cron expression \"{normalized}\" cannot be read ({ex.Message}). The cadence must be {ValidForms}.";
            return false;
        }
        if (FiresTooOften(cron))
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"The cron expression \"{normalized}\" runs more often than every {MinimumCronInterval.TotalMinutes:0} minutes; a digest needs at least that long between runs.");
            return false;
        }
        cadence = new DigestCadence(DigestCadenceKind.Cron, normalized);
        return true;
    }

    public static DigestCadence Parse(string text) =>
        TryParse(text, out var cadence, out var problem) ? cadence : throw new FormatException(problem);

    /// <summary>The cron expression this cadence runs on for a subscription at <paramref name="localTime"/>.</summary>
    public CronExpression ToCron(TimeOnly localTime) => Kind switch
    {
        DigestCadenceKind.Daily => CronExpression.Parse(string.Create(CultureInfo.InvariantCulture, $"{localTime.Minute} {localTime.Hour} * * *")),
        DigestCadenceKind.Weekdays => CronExpression.Parse(string.Create(CultureInfo.InvariantCulture, $"{localTime.Minute} {localTime.Hour} * * 1-5")),
        _ => CronExpression.Parse(Expression!, CronFormat.Standard),
    };

    /// <summary>The stored form, read back by <see cref="TryParse"/>.</summary>
    public override string ToString() => Kind switch
    {
        DigestCadenceKind.Daily => "daily",
        DigestCadenceKind.Weekdays => "weekdays",
        _ => CronPrefix + Expression,
    };

    private static bool FiresTooOften(CronExpression cron)
    {
        // Two years of a fixed UTC calendar is enough to meet every pattern of days and months.
        var from = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        DateTime? previous = null;
        var checkedCount = 0;
        foreach (var next in cron.GetOccurrences(from, from.AddYears(2)))
        {
            if (previous is { } p && next - p < MinimumCronInterval) return true;
            previous = next;
            if (++checkedCount > 2000) break;
        }
        return false;
    }
}
