using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MapDashboard.Web.Health;

/// <summary>Writes /healthz as JSON: the overall status, then each check's status, description and data.</summary>
public static class HealthReportWriter
{
    /// <summary>The response writer for MapHealthChecks.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, SerializerOptions));
    }

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);
}
