using BriefingBot.Core.Digests;

namespace BriefingBot.Core.Tests.Digests;

public sealed class DigestOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed() => Assert.True(new DigestOptionsValidator().Validate(null, new DigestOptions()).Succeeded);

    [Fact]
    public void Validate_BadZoneTimeAndInterval_NamesEachKey()
    {
        var options = new DigestOptions { DefaultTimeZone = "Nowhere/Town", DefaultTime = "8am", PollInterval = TimeSpan.Zero };

        var result = new DigestOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Digests:DefaultTimeZone", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Digests:DefaultTime ", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Digests:PollInterval", result.FailureMessage, StringComparison.Ordinal);
    }
}
