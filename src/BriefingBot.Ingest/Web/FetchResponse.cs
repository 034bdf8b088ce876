namespace BriefingBot.Ingest.Web;

/// <summary>A fetched body (decompressed, within the size cap), or "not modified" for a conditional GET.</summary>
/// <param name="FinalUrl">Where the last redirect led.</param>
/// <param name="MediaType">Lower-case media type of <c>Content-Type</c>, or null.</param>
public sealed record FetchResponse(Uri FinalUrl, bool NotModified, string? MediaType, string? Charset, byte[] Body, string? ETag, string? LastModified)
{
    /// <summary>The body as text (header charset, else a <c>&lt;meta charset&gt;</c>, else UTF-8).</summary>
    public string Text => BodyText.Decode(Body, Charset);
}
