namespace BriefingBot.Composition;

/// <summary>
/// Finds a file or folder under config/: beside the working directory first (a clone), then beside the binary
/// (where the build copies config/ so a published briefingbot works from any folder).
/// </summary>
internal static class BundledConfig
{
    public static string? Locate(string relativePath)
    {
        string[] candidates =
        [
            Path.Combine(Directory.GetCurrentDirectory(), "config", relativePath),
            Path.Combine(AppContext.BaseDirectory, "config", relativePath),
        ];
        return candidates.FirstOrDefault(p => File.Exists(p) || Directory.Exists(p));
    }
}
