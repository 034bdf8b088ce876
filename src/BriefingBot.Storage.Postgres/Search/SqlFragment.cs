using Npgsql;

namespace BriefingBot.Storage.Postgres.Search;

/// <summary>A piece of SQL built only from constants, with the parameters that carry every user value.</summary>
internal sealed record SqlFragment(string Sql, IReadOnlyList<NpgsqlParameter> Parameters)
{
    /// <summary>Fresh parameter objects: an <see cref="NpgsqlParameter"/> belongs to one command.</summary>
    public IEnumerable<NpgsqlParameter> CloneParameters() => Parameters.Select(p => p.Clone());
}
