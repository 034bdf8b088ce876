using Npgsql;

namespace BriefingBot.Storage.Postgres.Tests;

public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void ToNpgsql_Url_MapsEveryPartAndDecodesPercentEscapes()
    {
        var text = PostgresConnectionString.ToNpgsql("postgres://bot%40team:p%40ss%2Fw0rd@db.example.com:6543/briefing%2Dbot?sslmode=verify-full&application_name=briefingbot");

        var builder = new NpgsqlConnectionStringBuilder(text);
        Assert.Equal("db.example.com", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("bot@team", builder.Username);
        Assert.Equal("p@ss/w0rd", builder.Password);
        Assert.Equal("briefing-bot", builder.Database);
        Assert.Equal(SslMode.VerifyFull, builder.SslMode);
        Assert.Equal("briefingbot", builder.ApplicationName);
    }

    [Theory]
    [InlineData("postgresql://u@localhost/db", "localhost", 5432)]
    [InlineData("POSTGRES://u:p@[::1]:5433/db", "::1", 5433)]
    [InlineData("postgres://u:p@10.0.0.5/db", "10.0.0.5", 5432)]
    public void ToNpgsql_UrlForms_HostAndPort(string url, string host, int port)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.ToNpgsql(url));

        Assert.Equal(host, builder.Host);
        Assert.Equal(port, builder.Port);
        Assert.Equal("db", builder.Database);
    }

    [Fact]
    public void ToNpgsql_UrlWithSeveralHosts_KeepsThemForFailover()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.ToNpgsql("postgres://u:p@a.example:5432,b.example:5433/db"));

        Assert.Equal("a.example:5432,b.example:5433", builder.Host);
    }

    [Fact]
    public void ToNpgsql_KeywordString_PassesThrough()
    {
        const string Keywords = "Host=127.0.0.1;Port=54329;Database=briefingbot_test;Username=bot;Password=secret";

        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.ToNpgsql(Keywords));

        Assert.Equal("127.0.0.1", builder.Host);
        Assert.Equal(54329, builder.Port);
        Assert.Equal("secret", builder.Password);
    }

    [Theory]
    [InlineData("postgres://u:p@/db")]
    [InlineData("postgres://u:p@host:notaport/db")]
    [InlineData("postgres://u:p@host/db?no_such_setting=1")]
    [InlineData("Hoast=localhost;Database=db")]
    public void ToNpgsql_Unreadable_ThrowsArgumentExceptionWithoutThePassword(string text)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => PostgresConnectionString.ToNpgsql(text));

        Assert.DoesNotContain("u:p", error.Message, StringComparison.Ordinal);
    }
}
