using BriefingBot.Core.Digests;
using BriefingBot.Core.Index;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BriefingBot.Serve;

/// <summary><c>GET /healthz</c>: 200 with index status when the index answers, 503 when it does not.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (IArticleIndex index, IDigestSchedulerStatus scheduler, TimeProvider time, CancellationToken cancellationToken) =>
        {
            try
            {
                var stats = await index.GetStatisticsAsync(cancellationToken);
                return Results.Json(new
                {
                    status = "ok",
                    time = time.GetUtcNow(),
                    index = new { count = stats.Count, newest = stats.Newest?.ToString(), lastIngest = stats.LastIngest },
                    scheduler = scheduler.Snapshot,
                });
            }
#pragma warning disable CA1031 // A health check reports any failure as unhealthy rather than crashing the probe.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                return Results.Json(new { status = "unhealthy", reason = "the index did not answer" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return endpoints;
    }
}
