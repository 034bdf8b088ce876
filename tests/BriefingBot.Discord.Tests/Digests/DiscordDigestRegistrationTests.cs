using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Tests.Digests;

public sealed class DiscordDigestRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddDiscordInteractions(configuration);
        services.AddDiscordInteractions(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddDiscordInteractions_WithBotToken_RegistersOneDiscordSender()
    {
        using var sp = Build(new() { ["Discord:ApplicationId"] = "1", ["Discord:BotToken"] = "tok" });

        var sender = Assert.Single(sp.GetServices<IDigestSender>());

        Assert.Equal(ChatPlatform.Discord, sender.Platform);
    }

    [Fact]
    public void AddDiscordInteractions_WithoutBotToken_RegistersNoSender()
    {
        using var sp = Build(new() { ["Discord:ApplicationId"] = "1", ["Discord:PublicKey"] = new string('a', 64) });

        Assert.Empty(sp.GetServices<IDigestSender>());
        Assert.NotNull(sp.GetService<ILoggerFactory>());
    }
}
