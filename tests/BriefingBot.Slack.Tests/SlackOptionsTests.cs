using BriefingBot.Core.Commands;
using BriefingBot.Slack.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Slack.Tests;

public sealed class SlackOptionsTests
{
    private static async Task<OptionsValidationException> StartFailsAsync(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<ICommandDispatcher>(new TestDispatcher());
        builder.Services.AddSlackAdapter(builder.Configuration);
        await using var app = builder.Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Start_MissingSigningSecret_FailsNamingTheKey()
    {
        var ex = await StartFailsAsync(new() { ["Slack:BotToken"] = "xoxb-1" });
        Assert.Contains("Slack:SigningSecret", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Slack:InlineBudget", "00:00:05")]
    [InlineData("Slack:ApiBaseUrl", "http://slack.example/api/")]
    [InlineData("Slack:BotToken", "xoxp-user-token")]
    [InlineData("Slack:SignatureWindow", "00:00:00")]
    public async Task Start_BadSetting_FailsNamingTheKey(string key, string value)
    {
        var ex = await StartFailsAsync(new() { ["Slack:SigningSecret"] = "s", [key] = value });
        Assert.Contains(key, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(" ", false)]
    [InlineData("secret", true)]
    public void IsEnabled_FollowsSigningSecret(string? secret, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:SigningSecret"] = secret }).Build();
        Assert.Equal(expected, SlackConfiguration.IsEnabled(configuration));
    }

    [Fact]
    public async Task MapSlackEndpoints_WithoutAdapter_MapsNothing()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapSlackEndpoints();
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        using var response = await client.PostAsync(new Uri("slack/commands", UriKind.Relative), new StringContent("x"), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData(null, new[] { "hooks.slack.com" })]
    [InlineData("127.0.0.1", new[] { "127.0.0.1" })]
    public void AllowedResponseUrlHosts_ConfiguredListReplacesDefault(string? configured, string[] expected)
    {
        var settings = new Dictionary<string, string?> { ["Slack:SigningSecret"] = "s" };
        if (configured is not null) settings["Slack:AllowedResponseUrlHosts:0"] = configured;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddSlackAdapter(configuration).BuildServiceProvider();
        Assert.Equal(expected, services.GetRequiredService<IOptions<SlackOptions>>().Value.AllowedResponseUrlHosts);
    }
}
