using System.Text.Json;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Index;
using BriefingBot.Core.Time;

namespace BriefingBot.Storage.Postgres;

/// <summary>How values are written to and read from columns, in one place so reads and writes agree.</summary>
internal static class StoredValues
{
    /// <summary>Any C-collated string starting with a prefix sorts below prefix + this (the largest code point).</summary>
    private const string MaxChar = "\U0010FFFF";

    public static PartialDate? ParseDate(string? value) =>
        PartialDate.TryParse(value, out var date) ? date : null;

    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static QuoteKind ParseQuoteKind(string value) =>
        Enum.TryParse<QuoteKind>(value, ignoreCase: true, out var kind) ? kind : QuoteKind.Direct;

    /// <summary>The exclusive upper bound of the index range holding every key that starts with <paramref name="prefix"/>.</summary>
    public static string PrefixUpperBound(string prefix) => prefix + MaxChar;

    /// <summary>The speaker key: the name's words as <see cref="SpeakerNames.Words"/> yields them.</summary>
    public static string? SpeakerKey(string? speaker)
    {
        if (string.IsNullOrWhiteSpace(speaker)) return null;
        var words = SpeakerNames.Words(Text(speaker));
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>Folded, whitespace-collapsed text: the key for names, keywords and quote de-duplication.</summary>
    public static string Key(string text) =>
        string.Join(' ', SpeakerNames.Fold(Text(text)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// PostgreSQL text cannot hold U+0000 (SQLite can). Stored and query strings replace it with U+FFFD, which
    /// keeps every offset into the text valid; only text that contained NUL reads back different.
    /// </summary>
    public static string Text(string value) =>
        value.Contains('\0', StringComparison.Ordinal) ? value.Replace('\0', '\uFFFD') : value;

    public static string? NullableText(string? value) => value is null ? null : Text(value);
}
