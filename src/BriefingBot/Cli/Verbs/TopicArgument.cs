using System.CommandLine;

namespace BriefingBot.Cli.Verbs;

/// <summary>A topic typed as one or more words (`brief colombia us relations` needs no quoting).</summary>
internal static class TopicArgument
{
    public static Argument<string[]> Create(string description, bool required = true) => new("topic")
    {
        Description = description,
        Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
    };

    public static string Read(ParseResult parseResult, Argument<string[]> argument) =>
        string.Join(' ', parseResult.GetValue(argument) ?? []).Trim();
}
