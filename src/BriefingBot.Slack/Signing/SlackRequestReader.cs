using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BriefingBot.Slack.Signing;

/// <summary>Reads the raw body (never a model-bound one: the signature covers the exact bytes) and verifies it.</summary>
internal sealed class SlackRequestReader(IOptions<SlackOptions> options, TimeProvider time)
{
    /// <summary>Reads at most <see cref="SlackOptions.MaxBodyBytes"/>; null when the body is larger.</summary>
    public async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxBodyBytes;
        if (request.ContentLength > max) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public bool IsAuthentic(HttpRequest request, byte[] body)
    {
        var settings = options.Value;
        return SlackSignature.IsValid(
            settings.SigningSecret,
            request.Headers[SlackSignature.TimestampHeader].ToString(),
            request.Headers[SlackSignature.SignatureHeader].ToString(),
            body,
            time.GetUtcNow(),
            settings.SignatureWindow);
    }
}
