using System.Runtime.CompilerServices;
using BriefingBot.Core.Digests;
using BriefingBot.Storage.Postgres.Digests;
using Npgsql;

namespace BriefingBot.Storage.Postgres.Export;

/// <summary>Reads every subscription and delivery out of the PostgreSQL digest tables in keyset pages, and counts them.</summary>
public sealed class PostgresDigestExport : IDigestExport
{
    private const int PageSize = 500;

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresDigestStore _store;

    /// <param name="store">The store on the same data source: its tables are created or migrated before the first read.</param>
    public PostgresDigestExport(NpgsqlDataSource dataSource, PostgresDigestStore store)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(store);
        _dataSource = dataSource;
        _store = store;
    }

    public IAsyncEnumerable<Subscription> ReadSubscriptionsAsync(CancellationToken cancellationToken) =>
        ReadAsync("digest_subscription", DigestRows.SubscriptionColumns, DigestRows.ReadSubscription, s => s.Id, cancellationToken);

    public IAsyncEnumerable<Delivery> ReadDeliveriesAsync(CancellationToken cancellationToken) =>
        ReadAsync("digest_delivery", DigestRows.DeliveryColumns, DigestRows.ReadDelivery, d => d.Id, cancellationToken);

    public async Task<DigestCounts> CountAsync(CancellationToken cancellationToken)
    {
        await _store.InitializeAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand("SELECT (SELECT COUNT(*) FROM digest_subscription), (SELECT COUNT(*) FROM digest_delivery);");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new DigestCounts(reader.GetInt64(0), reader.GetInt64(1));
    }

    private async IAsyncEnumerable<T> ReadAsync<T>(
        string table, string columns, Func<NpgsqlDataReader, T> read, Func<T, string> idOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await _store.InitializeAsync(cancellationToken);
        string? after = null;
        while (true)
        {
            var page = new List<T>(PageSize);
#pragma warning disable CA2100 // Table and column lists are constants of this assembly; values are parameters.
            await using (var command = _dataSource.CreateCommand(
                $"SELECT {columns} FROM {table} WHERE @after IS NULL OR id COLLATE \"C\" > @after ORDER BY id COLLATE \"C\" LIMIT {PageSize};"))
#pragma warning restore CA2100
            {
                command.Parameters.Add(new NpgsqlParameter<string?>("after", NpgsqlTypes.NpgsqlDbType.Text) { TypedValue = after });
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken)) page.Add(read(reader));
            }
            if (page.Count == 0) yield break;
            after = idOf(page[^1]);
            foreach (var row in page) yield return row;
        }
    }
}
