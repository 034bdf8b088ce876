using System.Runtime.CompilerServices;
using BriefingBot.Core.Digests;
using BriefingBot.Storage.Sqlite.Digests;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite.Export;

/// <summary>
/// Reads every subscription and delivery out of the SQLite digest tables: ids in keyset pages, each row decoded by
/// the <see cref="SqliteDigestStore"/> itself (one local look-up per row), so the export reads exactly what the
/// store would. A file whose digest tables were never created exports nothing.
/// </summary>
public sealed class SqliteDigestExport(SqliteDigestStore store) : IDigestExport
{
    private const int PageSize = 500;

    private readonly SqliteDigestStore _store = store ?? throw new ArgumentNullException(nameof(store));

    public async IAsyncEnumerable<Subscription> ReadSubscriptionsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var id in IdsAsync("digest_subscription", cancellationToken))
        {
            // Null when removed since its id was read: nothing to copy.
            if (await _store.GetSubscriptionAsync(id, cancellationToken) is { } subscription) yield return subscription;
        }
    }

    public async IAsyncEnumerable<Delivery> ReadDeliveriesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var id in IdsAsync("digest_delivery", cancellationToken))
        {
            if (await _store.GetDeliveryAsync(id, cancellationToken) is { } delivery) yield return delivery;
        }
    }

    public async Task<DigestCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (!await HasDigestTablesAsync(connection, cancellationToken)) return new DigestCounts(0, 0);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM digest_subscription), (SELECT COUNT(*) FROM digest_delivery);";
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new DigestCounts(reader.GetInt64(0), reader.GetInt64(1));
    }

    private async IAsyncEnumerable<string> IdsAsync(string table, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = "";
        while (true)
        {
            var page = new List<string>(PageSize);
            await using (var connection = await OpenAsync(cancellationToken))
            {
                if (!await HasDigestTablesAsync(connection, cancellationToken)) yield break;
                using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The table name is one of two constants of this class.
                command.CommandText = $"SELECT id FROM {table} WHERE id > $after ORDER BY id LIMIT $limit;";
#pragma warning restore CA2100
                command.Parameters.AddWithValue("$after", after);
                command.Parameters.AddWithValue("$limit", PageSize);
                using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken)) page.Add(reader.GetString(0));
            }
            if (page.Count == 0) yield break;
            after = page[^1];
            foreach (var id in page) yield return id;
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        // Read-only: exporting must never create or change the source file.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = _store.Path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> HasDigestTablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('digest_subscription', 'digest_delivery');";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 2;
    }
}
