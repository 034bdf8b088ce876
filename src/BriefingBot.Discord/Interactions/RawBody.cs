using Microsoft.AspNetCore.Http;

namespace BriefingBot.Discord.Interactions;

/// <summary>Reads the request body as sent (the signature covers these exact bytes), up to a cap.</summary>
internal static class RawBody
{
    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[Math.Min(maxBytes + 1, (int)(request.ContentLength ?? 4096) + 1)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (buffer.Length > maxBytes) return null;
                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maxBytes + 1));
            }
            var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0) break;
            length += read;
            if (length > maxBytes) return null;
        }
        return buffer.AsMemory(0, length);
    }
}
