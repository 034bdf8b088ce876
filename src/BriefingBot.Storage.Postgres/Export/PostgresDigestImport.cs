using BriefingBot.Core.Digests;
using BriefingBot.Core.Index;
using BriefingBot.Storage.Postgres.Digests;
using Npgsql;

namespace BriefingBot.Storage.Postgres.Export;

/// <summary>
/// Writes exported subscriptions and deliveries as they were (ids, instants, status, attempts, lease), one
/// transaction per batch, with the rules of <see cref="IDigestImport"/> for rows the target already holds.
/// </summary>
public sealed class PostgresDigestImport : IDigestImport
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresDigestStore _store;

    /// <param name="store">The store on the same data source: its tables are created or migrated before the first write.</param>
    public PostgresDigestImport(NpgsqlDataSource dataSource, PostgresDigestStore store)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(store);
        _dataSource = dataSource;
        _store = store;
    }

    public Task<IReadOnlyList<ImportOutcome>> ImportSubscriptionsAsync(IReadOnlyList<Subscription> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return ImportAsync(
            batch.Select(DigestRows.Stored).ToList(), "digest_subscription", DigestRows.SubscriptionColumns, DigestRows.ReadSubscription, s => s.Id,
            DecideSubscription,
            $"INSERT INTO digest_subscription ({DigestRows.SubscriptionColumns}) VALUES ({DigestRows.SubscriptionValues}) ON CONFLICT DO NOTHING",
            $"UPDATE digest_subscription SET ({DigestRows.SubscriptionColumns}) = ({DigestRows.SubscriptionValues}) WHERE id = @id",
            DigestRows.Bind, cancellationToken);
    }

    public Task<IReadOnlyList<ImportOutcome>> ImportDeliveriesAsync(IReadOnlyList<Delivery> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return ImportAsync(
            batch.Select(DigestRows.Stored).ToList(), "digest_delivery", DigestRows.DeliveryColumns, DigestRows.ReadDelivery, d => d.Id,
            DecideDelivery,
            // A row for the same (subscription, period) under another id is the target's own: keep it.
            $"INSERT INTO digest_delivery ({DigestRows.DeliveryColumns}) VALUES ({DigestRows.DeliveryValues}) ON CONFLICT DO NOTHING",
            $"UPDATE digest_delivery SET ({DigestRows.DeliveryColumns}) = ({DigestRows.DeliveryValues}) WHERE id = @id",
            DigestRows.Bind, cancellationToken);
    }

    private static ImportOutcome DecideSubscription(Subscription exported, Subscription? current)
    {
        if (current is null) return ImportOutcome.Added;
        if (DigestRows.Same(exported, current)) return ImportOutcome.Unchanged;
        // Changed on the target (paused, new topics) after the source last changed it: a re-run must not undo that.
        return current.UpdatedAt > exported.UpdatedAt ? ImportOutcome.KeptTarget : ImportOutcome.Replaced;
    }

    private static ImportOutcome DecideDelivery(Delivery exported, Delivery? current)
    {
        if (current is null) return ImportOutcome.Added;
        if (exported == current) return ImportOutcome.Unchanged;
        // Only an open target row may move, and only forward: reopening a digest the target sent would send it twice.
        var furtherAlong = !exported.IsOpen || exported.Attempts > current.Attempts;
        return current.IsOpen && furtherAlong ? ImportOutcome.Replaced : ImportOutcome.KeptTarget;
    }

    private async Task<IReadOnlyList<ImportOutcome>> ImportAsync<T>(
        IReadOnlyList<T> batch,
        string table,
        string columns,
        Func<NpgsqlDataReader, T> read,
        Func<T, string> idOf,
        Func<T, T?, ImportOutcome> decide,
        string insertSql,
        string updateSql,
        Action<NpgsqlCommand, T> bind,
        CancellationToken cancellationToken)
        where T : class
    {
        if (batch.Count == 0) return [];
        await _store.InitializeAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var existing = new Dictionary<string, T>(StringComparer.Ordinal);
#pragma warning disable CA2100 // Table and column lists are constants of this class; values are parameters.
        await using (var select = new NpgsqlCommand(
            $"SELECT {columns} FROM {table} WHERE id = ANY(@ids) ORDER BY id COLLATE \"C\" FOR UPDATE", connection, transaction))
#pragma warning restore CA2100
        {
            select.Parameters.AddWithValue("ids", batch.Select(idOf).Distinct(StringComparer.Ordinal).ToArray());
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = read(reader);
                existing[idOf(row)] = row;
            }
        }

        var outcomes = new List<ImportOutcome>(batch.Count);
        foreach (var row in batch)
        {
            var outcome = decide(row, existing.GetValueOrDefault(idOf(row)));
            if (outcome is ImportOutcome.Added or ImportOutcome.Replaced)
            {
#pragma warning disable CA2100 // Constants of this class.
                await using var write = new NpgsqlCommand(outcome == ImportOutcome.Added ? insertSql : updateSql, connection, transaction);
#pragma warning restore CA2100
                bind(write, row);
                if (await write.ExecuteNonQueryAsync(cancellationToken) == 0) outcome = ImportOutcome.KeptTarget;
                else existing[idOf(row)] = row;
            }
            outcomes.Add(outcome);
        }
        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }
}
