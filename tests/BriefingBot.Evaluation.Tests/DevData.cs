namespace BriefingBot.Evaluation.Tests;

/// <summary>Finds the labelled dev data in ../shared/data beside the checkout; tests skip (saying why) without it.</summary>
internal static class DevData
{
    public static string Require(string relativePath)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BriefingBot.sln"))) dir = dir.Parent;
        if (dir?.Parent is null) Assert.Skip("The repository root was not found above the test binaries.");
        var path = Path.Combine(dir.Parent.FullName, "shared", "data", relativePath);
        if (!File.Exists(path)) Assert.Skip($"Dev data {path} is absent (../shared/data is not beside this checkout).");
        return path;
    }

    /// <summary>The ratchet file kept in the repo for one evaluation kind.</summary>
    public static string RatchetFile(string kind) => Path.Combine(AppContext.BaseDirectory, "Ratchet", kind + ".json");
}
