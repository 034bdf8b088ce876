using System.Text;
using BriefingBot.Discord.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests;

public sealed class DiscordSignatureVerifierTests
{
    private const string Timestamp = "1700000000";
    private const string Body = """{"id":"787053080478613555","token":"ThisIsATokenFromDiscordThatIsVeryLong","type":1,"version":1}""";
    private const string Signature = "f0bd878adcef1f6d475c9644421905bd02b5de38e0d3ecfc6f58a711962c69ccc8dd7c9db312f9bdf08b1e1b8182e27a844da728c5e0dbb5507bf9931c1ed80b";

    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private static DiscordSignatureVerifier Verifier(FakeTimeProvider? time = null) =>
        new(TestKeys.PublicKeyHex, time ?? new FakeTimeProvider(SignedAt), TimeSpan.FromMinutes(5));

    [Fact]
    public void VerifySignature_PlatformsVector_Verifies()
    {
        Assert.True(Verifier().VerifySignature(Signature, Timestamp, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void Verify_PlatformsVectorAtItsTime_Verifies()
    {
        Assert.True(Verifier().Verify(Signature, Timestamp, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void TestKeys_SignVector_ReproducesDocumentedSignature()
    {
        Assert.Equal(Signature, TestKeys.Sign(Timestamp, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void VerifySignature_BodyWithOneSpaceAppended_Fails()
    {
        Assert.False(Verifier().VerifySignature(Signature, Timestamp, Encoding.UTF8.GetBytes(Body + " ")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(86)]
    public void VerifySignature_OneBodyByteChanged_Fails(int index)
    {
        var body = Encoding.UTF8.GetBytes(Body);
        body[index] ^= 0x01;
        Assert.False(Verifier().VerifySignature(Signature, Timestamp, body));
    }

    [Fact]
    public void VerifySignature_OneSignatureByteChanged_Fails()
    {
        var bytes = Convert.FromHexString(Signature);
        bytes[10] ^= 0x80;
        Assert.False(Verifier().VerifySignature(Convert.ToHexStringLower(bytes), Timestamp, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void VerifySignature_OtherTimestamp_Fails()
    {
        Assert.False(Verifier().VerifySignature(Signature, "1700000001", Encoding.UTF8.GetBytes(Body)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("zz")]
    [InlineData("f0bd878adcef1f6d")]
    [InlineData("g0bd878adcef1f6d475c9644421905bd02b5de38e0d3ecfc6f58a711962c69ccc8dd7c9db312f9bdf08b1e1b8182e27a844da728c5e0dbb5507bf9931c1ed80b")]
    public void VerifySignature_MalformedSignature_FailsWithoutThrowing(string? signature)
    {
        Assert.False(Verifier().VerifySignature(signature, Timestamp, Encoding.UTF8.GetBytes(Body)));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86400)]
    public void Verify_TimestampOutsideWindow_Fails(int secondsFromNow)
    {
        var time = new FakeTimeProvider(SignedAt.AddSeconds(-secondsFromNow));
        Assert.False(Verifier(time).Verify(Signature, Timestamp, Encoding.UTF8.GetBytes(Body)));
    }

    [Theory]
    [InlineData(-299)]
    [InlineData(299)]
    public void Verify_TimestampInsideWindow_Verifies(int secondsFromNow)
    {
        var time = new FakeTimeProvider(SignedAt.AddSeconds(-secondsFromNow));
        Assert.True(Verifier(time).Verify(Signature, Timestamp, Encoding.UTF8.GetBytes(Body)));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("99999999999999999999")]
    [InlineData("1700000000.5")]
    public void Verify_MalformedTimestamp_Fails(string timestamp)
    {
        Assert.False(Verifier().Verify(Signature, timestamp, Encoding.UTF8.GetBytes(Body)));
    }

    [Theory]
    [InlineData("d75a98")]
    [InlineData("not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-")]
    public void Constructor_BadPublicKey_Throws(string key)
    {
        Assert.Throws<ArgumentException>(() => new DiscordSignatureVerifier(key, TimeProvider.System, TimeSpan.FromMinutes(5)));
    }
}
