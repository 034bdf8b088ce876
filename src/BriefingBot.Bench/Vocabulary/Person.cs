namespace BriefingBot.Bench.Vocabulary;

/// <summary>An invented public figure. <see cref="Title"/> goes before the name ("Finance Minister"), <see cref="Appositive"/> after it.</summary>
internal sealed record Person(string First, string Last, bool Female, string Title, string Appositive, int Topic)
{
    public string Name { get; } = First + " " + Last;

    public string Pronoun => Female ? "she" : "he";

    public string CapitalPronoun => Female ? "She" : "He";
}
