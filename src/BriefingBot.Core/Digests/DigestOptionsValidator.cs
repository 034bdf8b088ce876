using System.Globalization;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Digests;

/// <summary>Fails start-up with a message naming the key, instead of failing at the first digest.</summary>
public sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var p = DigestOptions.SectionName + ":";
        if (!DigestTimeZones.TryResolve(options.DefaultTimeZone, out _, out _))
            errors.Add($"{p}{nameof(options.DefaultTimeZone)} '{options.DefaultTimeZone}' is not {DigestTimeZones.ValidForm}.");
        if (!SubscriptionRules.TryParseTime(options.DefaultTime, out _))
            errors.Add($"{p}{nameof(options.DefaultTime)} '{options.DefaultTime}' is not a time of the form \"HH:mm\".");
        Positive(options.PollInterval, nameof(options.PollInterval));
        Positive(options.MaxLateness, nameof(options.MaxLateness));
        Positive(options.LeaseDuration, nameof(options.LeaseDuration));
        Positive(options.BaseRetryDelay, nameof(options.BaseRetryDelay));
        Positive(options.FirstDigestLookback, nameof(options.FirstDigestLookback));
        if (options.MaxRetryDelay < options.BaseRetryDelay) errors.Add($"{p}{nameof(options.MaxRetryDelay)} must be at least {nameof(options.BaseRetryDelay)}.");
        if (options.LateAfter < TimeSpan.Zero) errors.Add($"{p}{nameof(options.LateAfter)} must not be negative.");
        Range(options.MaxAttempts, 1, 50, nameof(options.MaxAttempts));
        Range(options.SummarySentencesPerTopic, 1, 10, nameof(options.SummarySentencesPerTopic));
        Range(options.QuotesPerTopic, 0, 10, nameof(options.QuotesPerTopic));
        Range(options.TimelineEntriesPerTopic, 0, 10, nameof(options.TimelineEntriesPerTopic));
        Range(options.MaxSubscriptionsPerChannel, 1, 100, nameof(options.MaxSubscriptionsPerChannel));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);

        void Positive(TimeSpan value, string key)
        {
            if (value <= TimeSpan.Zero) errors.Add($"{p}{key} must be positive (got {value.ToString("c", CultureInfo.InvariantCulture)}).");
        }

        void Range(int value, int min, int max, string key)
        {
            if (value < min || value > max) errors.Add(string.Create(CultureInfo.InvariantCulture, $"{p}{key} must be between {min} and {max} (got {value})."));
        }
    }
}
