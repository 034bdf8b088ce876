using System.Xml.Linq;
using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Architecture;

/// <summary>
/// Keeps the dependency direction of ARCHITECTURE.md from rotting: Core and Nlp reference no web framework, storage engine
/// or adapter; adapters never reference each other; only the executable knows every project.
/// </summary>
public sealed class DependencyRulesTests
{
    private static readonly Dictionary<string, string[]> AllowedProjectReferences = new(StringComparer.Ordinal)
    {
        ["BriefingBot.Core"] = [],
        ["BriefingBot.Nlp"] = ["BriefingBot.Core"],
        ["BriefingBot.Ingest"] = ["BriefingBot.Core", "BriefingBot.Nlp"],
        ["BriefingBot.Evaluation"] = ["BriefingBot.Core", "BriefingBot.Nlp"],
        ["BriefingBot.Bench"] = ["BriefingBot.Core"],
        ["BriefingBot.Storage.Sqlite"] = ["BriefingBot.Core"],
        ["BriefingBot.Storage.Postgres"] = ["BriefingBot.Core"],
        ["BriefingBot.Discord"] = ["BriefingBot.Core"],
        ["BriefingBot.Slack"] = ["BriefingBot.Core"],
    };

    // Core may use the extension abstractions, options, and pure scheduling/calculation libraries; never a framework or engine.
    private static readonly string[] CorePackagePrefixes = ["Microsoft.Extensions.", "Cronos", "Microsoft.CodeAnalysis.BannedApiAnalyzers"];

    public static TheoryData<string> Projects() => new(AllowedProjectReferences.Keys);

    [Theory]
    [MemberData(nameof(Projects))]
    public void ProjectReferences_FollowTheDependencyDirection(string project)
    {
        var csproj = ProjectFile(project);
        if (csproj is null) Assert.Skip($"{project} does not exist yet.");
        var referenced = XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value))
            .ToList();
        Assert.All(referenced, r => Assert.Contains(r, AllowedProjectReferences[project]));
    }

    [Theory]
    [InlineData("BriefingBot.Core")]
    [InlineData("BriefingBot.Nlp")]
    public void PureProjects_ReferenceNoWebFrameworkOrEngine(string project)
    {
        var doc = XDocument.Load(ProjectFile(project)!);
        Assert.Empty(doc.Descendants("FrameworkReference"));
        Assert.Equal("Microsoft.NET.Sdk", doc.Root!.Attribute("Sdk")!.Value);
        var packages = doc.Descendants("PackageReference").Select(e => e.Attribute("Include")!.Value).ToList();
        if (project == "BriefingBot.Nlp") Assert.Empty(packages);
        else Assert.All(packages, p => Assert.Contains(CorePackagePrefixes, prefix => p.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public void CoreAssembly_LoadsNoAdapterOrEngine()
    {
        var names = typeof(BriefingService).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(names, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("BriefingBot.", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n is "Microsoft.Data.Sqlite" or "Npgsql");
    }

    private static string? ProjectFile(string project)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BriefingBot.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        var path = Path.Combine(dir.FullName, "src", project, project + ".csproj");
        return File.Exists(path) ? path : null;
    }
}
