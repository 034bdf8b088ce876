namespace BriefingBot.Ingest.Web;

/// <summary>A GET with optional validators for a conditional request.</summary>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null);
