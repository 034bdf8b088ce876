namespace BriefingBot.Ingest.Reading;

/// <summary>
/// Splits a stream into lines of raw bytes, so each line is decoded (and fails) on its own. A line longer than the
/// cap is skipped without buffering it and reported as too long with its length.
/// </summary>
internal static class ByteLines
{
    public static IEnumerable<(int Number, byte[] Bytes, long Length)> Read(Stream stream, long maxBytes)
    {
        var buffer = new byte[64 * 1024];
        using var line = new MemoryStream();
        long length = 0;
        var number = 1;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var nl = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                var end = nl < 0 ? read : nl;
                length += end - start;
                if (length <= maxBytes) line.Write(buffer, start, end - start);
                if (nl < 0) break;
                yield return Emit(number++, line, length, maxBytes);
                line.SetLength(0);
                length = 0;
                start = nl + 1;
            }
        }
        if (length > 0) yield return Emit(number, line, length, maxBytes);
    }

    /// <summary>An over-long line comes back with no bytes and its true length.</summary>
    private static (int, byte[], long) Emit(int number, MemoryStream line, long length, long maxBytes) =>
        (number, length > maxBytes ? [] : line.ToArray(), length);
}
