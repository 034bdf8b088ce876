using BriefingBot.Core.Analysis;

namespace BriefingBot.Nlp.Tests.Entities;

public sealed class EntityRecognitionTests
{
    private static IReadOnlyList<Entity> Entities(string text) => new TextAnalyzer().Analyze(new DocumentInput(text)).Analysis.Entities;

    [Fact]
    public void Analyze_TitledPerson_GetsRoleAndAliases()
    {
        var entities = Entities("Freedonian President Rufus Tyler spoke on Monday. Tyler’s critics were quiet. Later, President Tyler left.");

        var person = Assert.Single(entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Rufus Tyler", person.Name);
        Assert.Equal("Freedonian President", person.Role);
        Assert.Contains("Tyler", person.Aliases);
        Assert.Contains("President Tyler", person.Aliases);
        Assert.Equal(3, person.Mentions);
    }

    [Fact]
    public void Analyze_CueVerb_MakesUnknownNameAPerson()
    {
        var entities = Entities("Zorana Quillfeather said the bridge would open. Quillfeather added nothing.");

        var person = Assert.Single(entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Zorana Quillfeather", person.Name);
    }

    [Fact]
    public void Analyze_OrganizationsAndPlaces_AreClassified()
    {
        var entities = Entities("The Department of Transport met officials from Acme Widgets Inc in Canada.");

        Assert.Contains(entities, e => e.Name == "Department of Transport" && e.Kind == EntityKind.Organization);
        Assert.Contains(entities, e => e.Name == "Acme Widgets Inc" && e.Kind == EntityKind.Organization);
        Assert.Contains(entities, e => e.Name == "Canada" && e.Kind == EntityKind.Place);
    }

    [Fact]
    public void Analyze_SentenceInitialFunctionWords_AreNotEntities()
    {
        var entities = Entities("However, the vote failed. But nobody cared. The End came quickly.");

        Assert.DoesNotContain(entities, e => e.Name is "However" or "But" or "The");
    }
    [Fact]
    public void Analyze_PlacePrefixBeforeFirstName_KeepsTeamNameWhole()
    {
        var entities = Entities("The Port Kevin Otters said the game was over. Zorana Quillfeather scored twice.");

        Assert.DoesNotContain(entities, e => e.Name == "Kevin Otters");
        Assert.DoesNotContain(entities, e => e.Name.Contains("Otters", StringComparison.Ordinal) && e.Kind == EntityKind.Person);
    }

    [Fact]
    public void Analyze_VenueAndBrandNames_AreNotPeople()
    {
        var entities = Entities("Brindle Hall said the shelter was full. QuickLink said the trains were late. Marlow RCMP said nothing.");

        Assert.Contains(entities, e => e.Name == "Brindle Hall" && e.Kind == EntityKind.Organization);
        Assert.Contains(entities, e => e.Name == "QuickLink" && e.Kind == EntityKind.Organization);
        Assert.Contains(entities, e => e.Name == "Marlow RCMP" && e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void Analyze_FirstNameWithVenueWordSurname_StaysPerson()
    {
        var entities = Entities("Kevin Hall said the plan was sound. Jo McAllister said it was not.");

        Assert.Contains(entities, e => e.Name == "Kevin Hall" && e.Kind == EntityKind.Person);
        Assert.Contains(entities, e => e.Name == "Jo McAllister" && e.Kind == EntityKind.Person);
    }
}
