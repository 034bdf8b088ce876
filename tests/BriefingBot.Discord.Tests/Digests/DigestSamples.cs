using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using BriefingBot.Discord.Tests.Support;

namespace BriefingBot.Discord.Tests.Digests;

/// <summary>Made-up digests built from <see cref="SampleData"/> (our own sentences).</summary>
internal static class DigestSamples
{
    public const string ChannelId = "42";
    public const string Key = "dgabcdefghijklmnopqrstuv";

    public static readonly DateTimeOffset Scheduled = new(2026, 5, 1, 7, 0, 0, TimeSpan.Zero);

    public static Briefing Quiet(string topic) => new(topic, [], [], [], [], 0, null);

    public static Digest Digest(bool late = false, params string[] quietTopics) => Digest([SampleData.Briefing("harbour")], late, quietTopics);

    public static Digest Digest(IReadOnlyList<Briefing> news, bool late = false, params string[] quietTopics) => new(
        "dsub1",
        new DigestTarget(ChatPlatform.Discord, "G1", ChannelId),
        "2026-05-01",
        "UTC",
        Scheduled,
        Scheduled.AddDays(-1),
        Scheduled.AddMinutes(late ? 90 : 0),
        late,
        [.. news.Select(b => new DigestSection(b.Topic, b)), .. quietTopics.Select(t => new DigestSection(t, Quiet(t)))]);

    public static DigestMessage Message(Digest? digest = null, string key = Key) => new(key, key, 1, digest ?? Digest());
}
