using BriefingBot.Ingest.Reading;

namespace BriefingBot.Ingest;

/// <summary>
/// Expands the paths of an ingest run into files, in a stable (ordinal) order. Folders are walked recursively;
/// hidden entries, unknown extensions and README/ATTRIBUTION/LICENSE files found in folders are skipped and counted.
/// A file named explicitly is always read, so an unsupported one is reported rather than skipped.
/// </summary>
internal static class FileWalker
{
    private static readonly string[] IgnoredPrefixes = ["README", "ATTRIBUTION", "LICENSE"];

    public static (IReadOnlyList<string> Files, int Skipped, IReadOnlyList<FileProblem> Problems) Collect(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<FileProblem>();
        var skipped = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path))) files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                skipped += Walk(path, files, seen, problems);
            }
            else
            {
                problems.Add(new FileProblem(path, null, "no such file or folder"));
            }
        }
        return (files, skipped, problems);
    }

    private static int Walk(string folder, List<string> files, HashSet<string> seen, List<FileProblem> problems)
    {
        var skipped = 0;
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new FileProblem(folder, null, $"cannot list the folder: {ex.Message}"));
            return 0;
        }
        foreach (var entry in entries)
        {
            var path = Path.Combine(folder, entry.Name);
            if (IsHidden(entry))
            {
                skipped++;
            }
            else if (entry is DirectoryInfo directory)
            {
                // Symbolic links to folders could loop; real subfolders are enough.
                if (directory.LinkTarget is null) skipped += Walk(path, files, seen, problems);
                else skipped++;
            }
            else if (!DocumentReaders.IsSupported(path) || IsIgnoredName(entry.Name))
            {
                skipped++;
            }
            else if (seen.Add(Path.GetFullPath(path)))
            {
                files.Add(path);
            }
        }
        return skipped;
    }

    private static bool IsHidden(FileSystemInfo entry) =>
        entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden);

    private static bool IsIgnoredName(string name) =>
        IgnoredPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
