using System.Globalization;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord;

/// <summary>
/// Fails the host at start with a message naming the key. An entirely empty section is valid: Discord is
/// then simply disabled (see <see cref="DiscordConfiguration.IsEnabled"/>).
/// </summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    private const string Prefix = DiscordOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        // ApplicationId alone (with BotToken) is a valid "register commands / post digests" setup; PublicKey adds the endpoint.
        var hasApplication = !string.IsNullOrWhiteSpace(options.ApplicationId);
        if (hasApplication && !IsSnowflake(options.ApplicationId!))
            failures.Add($"{Prefix}ApplicationId must be the numeric application id (a snowflake), got '{Shorten(options.ApplicationId!)}'.");
        if (!string.IsNullOrWhiteSpace(options.PublicKey))
        {
            if (!hasApplication)
                failures.Add($"{Prefix}ApplicationId is required when {Prefix}PublicKey is set.");
            if (!DiscordSignatureVerifier.TryParsePublicKey(options.PublicKey, out _))
                failures.Add($"{Prefix}PublicKey must be 64 hexadecimal characters (a 32-byte Ed25519 public key).");
        }
        if (!string.IsNullOrWhiteSpace(options.BotToken) && !hasApplication)
            failures.Add($"{Prefix}ApplicationId is required when {Prefix}BotToken is set.");
        if (options.BotToken is { } token && (token.Length == 0 || token.Any(char.IsWhiteSpace)))
            failures.Add($"{Prefix}BotToken must not be empty or contain spaces (give the token alone, without 'Bot ').");
        if (!options.ApiBaseUrl.IsAbsoluteUri || (options.ApiBaseUrl.Scheme != Uri.UriSchemeHttps && options.ApiBaseUrl.Scheme != Uri.UriSchemeHttp))
            failures.Add($"{Prefix}ApiBaseUrl must be an absolute http(s) URL.");
        if (options.DeferAfter < TimeSpan.Zero || options.DeferAfter > TimeSpan.FromSeconds(2.5))
            failures.Add($"{Prefix}DeferAfter must be between 00:00:00 and 00:00:02.5: Discord drops interactions not answered within 3 seconds.");
        if (options.SignatureWindow <= TimeSpan.Zero || options.SignatureWindow > TimeSpan.FromHours(1))
            failures.Add($"{Prefix}SignatureWindow must be positive and at most one hour.");
        if (options.MaxBodyBytes is < 1024 or > 4 * 1024 * 1024)
            failures.Add($"{Prefix}MaxBodyBytes must be between 1024 and 4194304.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsSnowflake(string value) =>
        value.Length is > 0 and <= 20 && ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static string Shorten(string s) => s.Length <= 24 ? s : s[..24] + "…";
}
