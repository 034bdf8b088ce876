namespace BriefingBot.Discord.Rendering;

/// <summary>Discord's message limits; breaking any of them is a 400 with code 50035.</summary>
public static class DiscordLimits
{
    public const int Content = 2000;
    public const int Embeds = 10;
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int AuthorName = 256;
    public const int EmbedTotal = 6000;
}
