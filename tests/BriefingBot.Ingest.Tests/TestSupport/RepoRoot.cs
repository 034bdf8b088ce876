namespace BriefingBot.Ingest.Tests.TestSupport;

internal static class RepoRoot
{
    /// <summary>The folder holding BriefingBot.sln, found by walking up from the test binaries.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefingBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("BriefingBot.sln not found above " + AppContext.BaseDirectory);
    }
}
