using System.Globalization;

namespace BriefingBot.Ingest.Reading;

/// <summary>Loads a whole file as text with the checks every whole-file reader needs (size cap, empty, binary, encoding).</summary>
internal static class SourceFile
{
    public static bool TryLoad(string path, long maxBytes, out string text, out string? reason)
    {
        text = string.Empty;
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            reason = Directory.Exists(path) ? "is a folder, not a file" : "file not found";
            return false;
        }
        if (info.Length > maxBytes)
        {
            reason = TooLarge(info.Length, maxBytes, "file");
            return false;
        }
        if (info.Length == 0)
        {
            reason = "empty file";
            return false;
        }
        var bytes = File.ReadAllBytes(path);
        if (!TextDecoder.TryDecode(bytes, out text, out reason)) return false;
        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "empty file (only whitespace)";
            return false;
        }
        return true;
    }

    public static string TooLarge(long length, long maxBytes, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} is too large ({Size(length)}; the limit is {Size(maxBytes)}, setting Ingest:MaxFileBytes)");

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
