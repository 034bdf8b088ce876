namespace BriefingBot.Nlp.Entities;

/// <summary>A capitalized word sequence split into an optional role prefix and the name proper.</summary>
internal sealed record NameRun(int Start, int End, int NameStart, string Name, string[] Words, string? Role, int Sentence)
{
    public string LastWord => Words[^1];
}
