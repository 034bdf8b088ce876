using System.Globalization;
using BriefingBot.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite;

/// <summary>
/// Opens pooled connections to one database file with the per-connection settings every operation needs,
/// and creates/migrates the file on the first open.
/// </summary>
internal sealed class SqliteConnectionFactory
{
    /// <summary>SQLITE_NOTADB.</summary>
    private const int NotADatabase = 26;

    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly Lock _initLock = new();
    private Task? _initialization;
    private volatile bool _initialized;

    public SqliteConnectionFactory(string path, int busyTimeoutMilliseconds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FilePath = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            // Microsoft.Data.Sqlite retries SQLITE_BUSY until the command timeout (seconds).
            DefaultTimeout = Math.Max(1, busyTimeoutMilliseconds / 1000),
        }.ToString();
        // synchronous=NORMAL is durable enough under WAL (a power cut may lose the last commits, never corrupt
        // or half-write one) and makes each per-article commit cheap.
        _pragmas = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;");
    }

    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized) await InitializeAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Built from an integer option, not user input.
            command.CommandText = _pragmas;
#pragma warning restore CA2100
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates and migrates the file once per factory; a failed attempt is retried by the next caller.</summary>
    private Task InitializeAsync(CancellationToken cancellationToken)
    {
        Task initialization;
        lock (_initLock)
        {
            if (_initialization is null || _initialization.IsFaulted || _initialization.IsCanceled)
                _initialization = CreateAndMigrateAsync();
            initialization = _initialization;
        }
        // The shared work is not cancelled by one caller giving up; that caller just stops waiting.
        return initialization.WaitAsync(cancellationToken);
    }

    private async Task CreateAndMigrateAsync()
    {
        var folder = System.IO.Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        try
        {
            await using var connection = await OpenRawAsync(CancellationToken.None);
            await SqliteMigrator.MigrateAsync(connection, CancellationToken.None);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == NotADatabase)
        {
            // A mistyped --db pointing at some other file must read as a user error, not a SQLite stack trace.
            throw new InvalidOperationException($"'{FilePath}' is not a BriefingBot index: the file exists but is not a SQLite database.", e);
        }
        _initialized = true;
    }
}
