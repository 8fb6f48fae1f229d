using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MapDashboard.Web.Api;

/// <summary>
/// Completes the OpenAPI document of the /api endpoints: a description for every parameter (dates typed
/// <c>format: date</c>), the body of the success response, and the problem bodies of the errors each can answer
/// (400 for a wrong parameter, 404 for an unknown id, 410 for an event a correction removed, 500).
/// </summary>
internal sealed class ApiOperationTransformer : IOpenApiOperationTransformer
{
    private const string Problem = "application/problem+json";

    private static readonly Dictionary<string, (string Description, string? Format)> Parameters = new(StringComparer.Ordinal)
    {
        ["from"] = ("First day of the window, inclusive (YYYY-MM-DD); not after `to`.", "date"),
        ["to"] = ("Last day of the window, inclusive (YYYY-MM-DD); not before `from`.", "date"),
        ["published"] = ("The article's publication date (YYYY-MM-DD).", "date"),
        ["date"] = ("The date (YYYY-MM-DD).", "date"),
        ["at"] = ("The date (YYYY-MM-DD).", "date"),
        ["bbox"] = ("Area as minLon,minLat,maxLon,maxLat in WGS84 degrees.", null),
        ["area"] = ("An area drawn on the map: a simple polygon of 3 to 100 vertices lon,lat;lon,lat;... in WGS84 degrees (only events inside it or on its edge).", null),
        ["type"] = ("Comma-separated ACLED event types or sub-event types (e.g. Battles,Air/drone strike).", null),
        ["actor"] = ("Comma-separated actor ids (e.g. saa,islamic-state).", null),
        ["minConfidence"] = ("Lowest coder confidence shown, 0 to 1.", null),
        ["minReports"] = ("Only events supported by at least this many independent reports (copies of one report count once), 1 to 1000.", null),
        ["limit"] = ("Most items in the page.", null),
        ["offset"] = ("Items skipped before the page.", null),
        ["format"] = ("csv (ACLED's columns), geojson or kml.", null),
        ["article"] = ("Only the events this stored article reports (its id).", null),
        ["undated"] = ("include: add the events without a date after the dated ones; exclude (default): leave them out.", null),
        ["q"] = ("Words to look for.", null),
        ["kind"] = ("The kind of review item: mention, date, undated or weakdate.", null),
        ["id"] = ("The id.", null),
        ["name"] = ("The uploaded file's name.", null),
        ["title"] = ("The article's title.", null),
        ["outlet"] = ("The outlet that published the article.", null),
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var path = context.Description.RelativePath ?? "";
        if (!path.StartsWith("api/", StringComparison.Ordinal))
        {
            return Task.CompletedTask;
        }
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var name = parameter.Name ?? "";
            if (Parameters.TryGetValue(name, out var doc))
            {
                parameter.Description ??= doc.Description;
                if (doc.Format is { } format)
                {
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = format };
                }
            }
            parameter.Description ??= $"The {name}.";
        }
        operation.Responses ??= new OpenApiResponses();
        var responses = operation.Responses;
        var success = responses.Keys.FirstOrDefault(k => k.StartsWith('2'));
        if (success is null || responses[success] is OpenApiResponse { Content: null or { Count: 0 } })
        {
            responses[success ?? "200"] = new OpenApiResponse { Description = "Success.", Content = new Dictionary<string, OpenApiMediaType> { [SuccessType(path)] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } } } };
        }
        responses.TryAdd("400", Error("A parameter is wrong: `errors` names each wrong parameter and what it needs.", validation: true));
        if (path.Contains("{id", StringComparison.Ordinal))
        {
            responses.TryAdd("404", Error("There is no item with this id.", validation: false));
        }
        if (path.StartsWith("api/events/{id", StringComparison.Ordinal) && !path.EndsWith("correction", StringComparison.Ordinal))
        {
            responses.TryAdd("410", Error("The event was removed by a correction (or when its article was processed again): `detail` says which.", validation: false));
        }
        responses.TryAdd("500", Error("The server failed; the body names no internals.", validation: false));
        return Task.CompletedTask;
    }

    private static string SuccessType(string path) => path switch
    {
        "api/export" => "text/csv",
        "api/events" or "api/acled" or "api/control" => "application/geo+json",
        _ => "application/json",
    };

    private static OpenApiResponse Error(string description, bool validation)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
        };
        if (validation)
        {
            properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }
        return new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { [Problem] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = properties } } },
        };
    }
}
