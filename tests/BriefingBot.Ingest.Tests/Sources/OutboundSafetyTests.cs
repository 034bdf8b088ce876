using System.Net;
using BriefingBot.Core.Sources;
using BriefingBot.Ingest.Web;

namespace BriefingBot.Ingest.Tests.Sources;

public sealed class OutboundSafetyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FetchAsync_LoopbackWhenPrivateNetworksAreNotAllowed_IsRefusedBeforeAnyRequest()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/feed", "application/rss+xml", "<rss/>");
        using var harness = new SourcesHarness(new WebSourcesOptions { AllowPrivateNetworks = false });

        var ex = await Assert.ThrowsAsync<FetchException>(() => harness.Fetcher.FetchAsync(new FetchRequest(server.Url("/feed")), Ct));

        Assert.True(ex.Permanent);
        Assert.Contains("loopback", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Sources:AllowPrivateNetworks", ex.Message, StringComparison.Ordinal);
        Assert.False(server.Hits.ContainsKey("/feed"));
    }

    [Fact]
    public async Task FetchAsync_LocalhostName_IsRefusedAfterResolving()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var harness = new SourcesHarness(new WebSourcesOptions { AllowPrivateNetworks = false });
        var byName = new UriBuilder(server.BaseUrl) { Host = "localhost", Path = "/feed" }.Uri;

        var ex = await Assert.ThrowsAsync<FetchException>(() => harness.Fetcher.FetchAsync(new FetchRequest(byName), Ct));

        Assert.StartsWith("refused:", ex.Message, StringComparison.Ordinal);
        Assert.Empty(server.Hits);
    }

    [Fact]
    public async Task FetchAsync_RedirectToAPrivateAddress_IsRefused()
    {
        // 127.0.0.1 plays the public site; 127.0.0.2 (also this machine) plays the private target of the redirect.
        await using var server = await LoopbackServer.StartAsync();
        var privateTarget = new UriBuilder(server.BaseUrl) { Host = "127.0.0.2", Path = "/admin" }.Uri;
        server.Map("/go", context =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = privateTarget.ToString();
            return Task.CompletedTask;
        });
        using var harness = new SourcesHarness(
            new WebSourcesOptions { AllowPrivateNetworks = false },
            addressPolicy: address => address.Equals(IPAddress.Loopback) ? null : "private (test)");

        var ex = await Assert.ThrowsAsync<FetchException>(() => harness.Fetcher.FetchAsync(new FetchRequest(server.Url("/go")), Ct));

        Assert.Equal(1, server.Hits["/go"]);
        Assert.Contains("127.0.0.2", ex.Message, StringComparison.Ordinal);
        Assert.False(server.Hits.ContainsKey("/admin"));
    }

    [Fact]
    public async Task FetchAsync_RedirectToAnotherScheme_IsRefused()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Map("/go", context =>
        {
            context.Response.StatusCode = 301;
            context.Response.Headers.Location = "file:///etc/passwd";
            return Task.CompletedTask;
        });
        using var harness = new SourcesHarness();

        var ex = await Assert.ThrowsAsync<FetchException>(() => harness.Fetcher.FetchAsync(new FetchRequest(server.Url("/go")), Ct));

        Assert.Contains("not http or https", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_StopsAtTheLimit()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Map("/loop", context =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = "/loop";
            return Task.CompletedTask;
        });
        using var harness = new SourcesHarness(new WebSourcesOptions { AllowPrivateNetworks = true, MaxRedirects = 3 });

        var ex = await Assert.ThrowsAsync<FetchException>(() => harness.Fetcher.FetchAsync(new FetchRequest(server.Url("/loop")), Ct));

        Assert.Contains("too many redirects", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, server.Hits["/loop"]);
    }

    [Fact]
    public async Task PollDueAsync_RefusedSource_IsDisabledAtOnceWithTheReason()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var harness = new SourcesHarness(new WebSourcesOptions { AllowPrivateNetworks = false });
        await harness.Service.AddAsync(server.Url("/feed").ToString(), TimeSpan.FromMinutes(5), Ct);

        var result = Assert.Single((await harness.Service.PollDueAsync(Ct)).Results);
        var source = Assert.Single(await harness.Service.ListAsync(Ct));

        Assert.False(result.Succeeded);
        Assert.False(source.Enabled);
        Assert.StartsWith("refused", source.DisabledReason, StringComparison.Ordinal);
        Assert.Equal(SourceKind.Unknown, source.Kind);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.20.0.1")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("64:ff9b::a00:1")]
    public void NonPublicRange_PrivateAddress_IsNamed(string address) =>
        Assert.NotNull(AddressPolicy.NonPublicRange(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("1.1.1.1")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700:4700::1111")]
    public void NonPublicRange_PublicAddress_IsNull(string address) =>
        Assert.Null(AddressPolicy.NonPublicRange(IPAddress.Parse(address)));
}
