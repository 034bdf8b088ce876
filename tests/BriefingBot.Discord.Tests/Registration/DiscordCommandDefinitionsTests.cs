using System.Text.RegularExpressions;
using BriefingBot.Discord.Registration;

namespace BriefingBot.Discord.Tests.Registration;

public sealed partial class DiscordCommandDefinitionsTests
{
    [GeneratedRegex(@"^[-_\p{L}\p{N}]{1,32}$")]
    private static partial Regex NameRule();

    private static IEnumerable<(string Path, DiscordCommandOption Option)> AllOptions() =>
        DiscordCommandDefinitions.All.SelectMany(c => (c.Options ?? []).SelectMany(o =>
            new[] { (c.Name + " " + o.Name, o) }.Concat((o.Options ?? []).Select(s => (c.Name + " " + o.Name + " " + s.Name, s)))));

    [Fact]
    public void All_NamesAndDescriptions_FollowDiscordRules()
    {
        var names = DiscordCommandDefinitions.All.Select(c => (c.Name, c.Description)).Concat(AllOptions().Select(o => (o.Option.Name, o.Option.Description)));
        Assert.All(names, n =>
        {
            Assert.Matches(NameRule(), n.Name);
            Assert.Equal(n.Name.ToLowerInvariant(), n.Name);
            Assert.InRange(n.Description.Length, 1, 100);
        });
    }

    [Fact]
    public void All_RequiredOptions_ComeFirst()
    {
        var lists = DiscordCommandDefinitions.All.Select(c => c.Options ?? [])
            .Concat(DiscordCommandDefinitions.All.SelectMany(c => c.Options ?? []).Select(o => o.Options ?? []));
        Assert.All(lists, options =>
        {
            var required = options.Select(o => o.Required == true).ToList();
            Assert.Equal(required.OrderByDescending(r => r), required);
            Assert.True(options.Count <= 25);
        });
    }

    [Fact]
    public void Digest_RequiresManageChannelsAndTopicSpeakerOptionsAutocomplete()
    {
        var digest = Assert.Single(DiscordCommandDefinitions.All, c => c.Name == "digest");
        Assert.Equal("16", digest.DefaultMemberPermissions);
        Assert.Equal(["brief", "quotes", "timeline", "sources", "help", "digest"], DiscordCommandDefinitions.All.Select(c => c.Name));
        Assert.All(AllOptions().Where(o => o.Option.Name is "topic" or "topics" or "speaker"), o => Assert.True(o.Option.Autocomplete, o.Path));
    }
}
