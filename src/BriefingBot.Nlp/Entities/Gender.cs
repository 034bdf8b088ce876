namespace BriefingBot.Nlp.Entities;

internal enum Gender
{
    Unknown,
    Male,
    Female,
}
