using System.Globalization;
using Npgsql;

namespace BriefingBot.Storage.Postgres;

/// <summary>
/// Accepts both forms operators paste: a URL (<c>postgres://user:pass@host:5432/db?sslmode=require</c>, as
/// hosting providers print it) and an Npgsql keyword string (<c>Host=…;Database=…</c>).
/// </summary>
public static class PostgresConnectionString
{
    private static readonly string[] Schemes = ["postgres://", "postgresql://"];

    /// <summary>The Npgsql keyword form of <paramref name="connectionString"/>.</summary>
    /// <exception cref="ArgumentException">The text is neither a valid URL nor a valid keyword string (the message never contains the password).</exception>
    public static string ToNpgsql(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var text = connectionString.Trim();
        var scheme = Array.Find(Schemes, s => text.StartsWith(s, StringComparison.OrdinalIgnoreCase));
        if (scheme is null)
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(text).ConnectionString;
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentException($"Not a PostgreSQL connection string: {ex.Message}", nameof(connectionString), ex);
            }
        }
        return FromUrl(text[scheme.Length..]);
    }

    private static string FromUrl(string rest)
    {
        var builder = new NpgsqlConnectionStringBuilder();
        string? query = null;
        var questionMark = rest.IndexOf('?', StringComparison.Ordinal);
        if (questionMark >= 0)
        {
            query = rest[(questionMark + 1)..];
            rest = rest[..questionMark];
        }

        // The password may contain '@' when the provider did not encode it: the last '@' ends the user info.
        var at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            var userInfo = rest[..at];
            rest = rest[(at + 1)..];
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Decode(colon >= 0 ? userInfo[..colon] : userInfo);
            if (colon >= 0) builder.Password = Decode(userInfo[(colon + 1)..]);
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var hosts = slash >= 0 ? rest[..slash] : rest;
        if (slash >= 0 && slash < rest.Length - 1) builder.Database = Decode(rest[(slash + 1)..]);
        SetHosts(builder, hosts);

        foreach (var pair in (query ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(equals >= 0 ? pair[..equals] : pair);
            var value = equals >= 0 ? Decode(pair[(equals + 1)..]) : "";
            SetParameter(builder, key, value);
        }
        return builder.ConnectionString;
    }

    private static void SetHosts(NpgsqlConnectionStringBuilder builder, string hosts)
    {
        if (hosts.Length == 0) throw new ArgumentException("The PostgreSQL URL names no host.");
        var parts = hosts.Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1)
        {
            // Npgsql takes several hosts with their ports in Host ("a:5432,b:5433") for failover.
            builder.Host = string.Join(',', parts.Select(Decode));
            return;
        }
        var host = Decode(parts[0]);
        var portSeparator = host.StartsWith('[') ? host.IndexOf("]:", StringComparison.Ordinal) + 1 : host.LastIndexOf(':');
        if (portSeparator > 0)
        {
            if (!int.TryParse(host[(portSeparator + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
                throw new ArgumentException($"The PostgreSQL URL has an invalid port '{host[(portSeparator + 1)..]}'.");
            builder.Port = port;
            host = host[..portSeparator];
        }
        builder.Host = host.Trim('[', ']');
    }

    private static void SetParameter(NpgsqlConnectionStringBuilder builder, string key, string value)
    {
        // libpq names for the parameters Npgsql spells differently; others are tried as Npgsql keywords.
        var npgsqlKey = key.ToLowerInvariant() switch
        {
            "sslmode" => "SSL Mode",
            "connect_timeout" => "Timeout",
            "application_name" => "Application Name",
            "target_session_attrs" => "Target Session Attributes",
            "sslrootcert" => "Root Certificate",
            "sslcert" => "SSL Certificate",
            "sslkey" => "SSL Key",
            "options" => "Options",
            _ => key.Replace('_', ' '),
        };
        // libpq spells modes with hyphens ("verify-full"), Npgsql's enum without (VerifyFull).
        if (npgsqlKey == "SSL Mode") value = value.Replace("-", "", StringComparison.Ordinal);
        try
        {
            builder[npgsqlKey] = value;
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"The PostgreSQL URL parameter '{key}' is not supported: {ex.Message}", ex);
        }
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text);
}
