using System.Text;

namespace BriefingBot.Benchmarks.Load;

/// <summary>Proves both signers against the vectors in PLATFORMS.md, so a load run's 401s can only be the server's doing.</summary>
internal static class SignCheck
{
    public static int Run()
    {
        using var discord = new DiscordSigner(DiscordSigner.TestSeedHex);
        var discordOk = discord.PublicKeyHex == DiscordSigner.TestPublicKeyHex
            && discord.Sign("1700000000", Encoding.UTF8.GetBytes("""{"id":"787053080478613555","token":"ThisIsATokenFromDiscordThatIsVeryLong","type":1,"version":1}"""))
            == "f0bd878adcef1f6d475c9644421905bd02b5de38e0d3ecfc6f58a711962c69ccc8dd7c9db312f9bdf08b1e1b8182e27a844da728c5e0dbb5507bf9931c1ed80b";
        var slackOk = new SlackSigner("8f742231b10e8888abcd99yyyzzz85a5").Sign("1531420618", Encoding.UTF8.GetBytes(
            "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"))
            == "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
        Console.WriteLine($"discord signer: {(discordOk ? "ok" : "MISMATCH")}; slack signer: {(slackOk ? "ok" : "MISMATCH")}");
        return discordOk && slackOk ? 0 : 3;
    }
}
