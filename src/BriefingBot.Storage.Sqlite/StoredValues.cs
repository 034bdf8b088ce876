using System.Globalization;
using System.Text.Json;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Time;

namespace BriefingBot.Storage.Sqlite;

/// <summary>How values are written to and read from columns, in one place so reads and writes agree.</summary>
internal static class StoredValues
{
    /// <summary>Fixed width, UTC, 100 ns precision: text order is time order and values round-trip exactly.</summary>
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>Any string starting with a prefix sorts below prefix + this (BINARY collation compares UTF-8 bytes).</summary>
    private const string MaxChar = "\U0010FFFF";

    public static string Instant(DateTimeOffset value) =>
        value.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseInstant(string value) =>
        new(DateTime.SpecifyKind(DateTime.ParseExact(value, InstantFormat, CultureInfo.InvariantCulture), DateTimeKind.Utc));

    public static PartialDate? ParseDate(string? value) =>
        PartialDate.TryParse(value, out var date) ? date : null;

    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static QuoteKind ParseQuoteKind(string value) =>
        Enum.TryParse<QuoteKind>(value, ignoreCase: true, out var kind) ? kind : QuoteKind.Direct;

    /// <summary>The exclusive upper bound of the index range holding every key that starts with <paramref name="prefix"/>.</summary>
    public static string PrefixUpperBound(string prefix) => prefix + MaxChar;

    /// <summary>The speaker key: the name's words as <see cref="Core.Index.SpeakerNames.Words"/> yields them.</summary>
    public static string? SpeakerKey(string? speaker)
    {
        if (string.IsNullOrWhiteSpace(speaker)) return null;
        var words = Core.Index.SpeakerNames.Words(speaker);
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>Folded, whitespace-collapsed text: the key for names, keywords and quote de-duplication.</summary>
    public static string Key(string text) =>
        string.Join(' ', Core.Index.SpeakerNames.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
