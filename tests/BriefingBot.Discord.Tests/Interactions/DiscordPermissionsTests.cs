using BriefingBot.Discord.Interactions;

namespace BriefingBot.Discord.Tests.Interactions;

public sealed class DiscordPermissionsTests
{
    [Theory]
    [InlineData("16", true)]
    [InlineData("8", true)]
    [InlineData("24", true)]
    [InlineData("4", false)]
    [InlineData("0", false)]
    [InlineData("340282366920938463463374607431768211456", false)]
    [InlineData("340282366920938463463374607431768211472", true)]
    [InlineData("-16", false)]
    [InlineData("1e3", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void CanManageChannel_PermissionString_ReadsManageChannelsOrAdministrator(string? permissions, bool expected)
    {
        Assert.Equal(expected, DiscordPermissions.CanManageChannel(permissions));
    }
}
