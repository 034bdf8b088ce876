using BriefingBot.Discord.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace BriefingBot.Discord.Tests;

public sealed class DiscordOptionsValidatorTests
{
    private static readonly DiscordOptionsValidator Validator = new();

    [Fact]
    public void Validate_EmptySection_SucceedsBecauseDiscordIsDisabled()
    {
        Assert.True(Validator.Validate(null, new DiscordOptions()).Succeeded);
    }

    [Fact]
    public void Validate_FullConfiguration_Succeeds()
    {
        var options = new DiscordOptions { ApplicationId = "111122223333444455", PublicKey = TestKeys.PublicKeyHex, BotToken = "abc.def" };
        Assert.True(Validator.Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("111", "xyz", null, "Discord:PublicKey")]
    [InlineData("abc", null, null, "Discord:ApplicationId")]
    [InlineData(null, TestKeys.PublicKeyHex, null, "Discord:ApplicationId")]
    [InlineData("111", null, "Bot abc", "Discord:BotToken")]
    public void Validate_BadValue_FailsNamingTheKey(string? applicationId, string? publicKey, string? token, string key)
    {
        var result = Validator.Validate(null, new DiscordOptions { ApplicationId = applicationId, PublicKey = publicKey, BotToken = token });

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DeferAfterBeyondDiscordDeadline_Fails()
    {
        var result = Validator.Validate(null, new DiscordOptions { DeferAfter = TimeSpan.FromSeconds(3) });
        Assert.Contains("Discord:DeferAfter", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "abc", true)]
    [InlineData("1", null, false)]
    [InlineData(null, "abc", false)]
    public void IsEnabled_NeedsApplicationIdAndPublicKey(string? applicationId, string? publicKey, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:ApplicationId"] = applicationId,
            ["Discord:PublicKey"] = publicKey,
        }).Build();
        Assert.Equal(expected, DiscordConfiguration.IsEnabled(configuration));
    }
}
