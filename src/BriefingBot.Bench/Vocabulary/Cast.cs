namespace BriefingBot.Bench.Vocabulary;

/// <summary>
/// The recurring public figures. Built from a fixed seed, not the corpus seed, so the same people (and the same
/// speaker queries) exist in every generated corpus.
/// </summary>
internal static class Cast
{
    private const int Size = 240;

    public static readonly Person[] People = Build();

    /// <summary>For each topic index, the people whose home topic it is.</summary>
    public static readonly Person[][] ByTopic = Enumerable.Range(0, Topics.All.Length)
        .Select(t => People.Where(p => p.Topic == t).ToArray())
        .ToArray();

    private static Person[] Build()
    {
        var rng = new Rng(20_251_128);
        var people = new Person[Size];
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Size; i++)
        {
            var female = rng.Chance(50);
            string first, last;
            do
            {
                first = rng.Pick(female ? Names.FemaleFirst : Names.MaleFirst);
                last = rng.Pick(Names.Surnames);
            }
            while (!used.Add(first + " " + last));
            var topicIndex = i % Topics.All.Length;
            var topic = Topics.All[topicIndex];
            var country = rng.Next(Names.Countries.Length);
            var (title, appositive) = Role(rng, topic, country, female);
            people[i] = new Person(first, last, female, title, appositive, topicIndex);
        }
        return people;
    }

    private static (string Title, string Appositive) Role(Rng rng, Topic topic, int country, bool female)
    {
        var org = rng.Pick(topic.Organisations);
        var bareOrg = org.StartsWith("the ", StringComparison.Ordinal) ? org[4..] : org;
        var demonym = Names.Demonyms[country];
        var place = Names.Countries[country];
        return rng.Next(8) switch
        {
            0 => ("Finance Minister", $"{place}'s finance minister"),
            1 => ("President", $"the president of {place}"),
            2 => ($"{bareOrg} chief executive", $"the chief executive of {org}"),
            3 => (female ? "Spokeswoman" : "Spokesman", $"a {(female ? "spokeswoman" : "spokesman")} for {org}"),
            4 => ("Senator", $"a {demonym} senator"),
            5 => ("Professor", $"an economist at Pelham University"),
            6 => ("Governor", $"the governor of {rng.Pick(Names.Cities)}"),
            _ => ("Analyst", $"an analyst at {rng.Pick(topic.Organisations)}"),
        };
    }
}
