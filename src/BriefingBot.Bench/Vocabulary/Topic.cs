namespace BriefingBot.Bench.Vocabulary;

/// <summary>
/// A news topic: what its articles talk about. Topics share organisations, places and people on purpose, so a
/// query for a place or a company crosses several topics the way real coverage does.
/// </summary>
/// <param name="Keyword">The word a user would search for ("tariffs").</param>
/// <param name="Things">Noun phrases the topic is about ("steel tariffs").</param>
/// <param name="Actions">Past-tense verb phrases taking a thing ("imposed", "postponed").</param>
/// <param name="Organisations">Who acts in this topic.</param>
/// <param name="Groups">Who is affected ("exporters").</param>
internal sealed record Topic(
    string Keyword,
    string[] Things,
    string[] Actions,
    string[] Organisations,
    string[] Groups);
