using System.Text.Json;

namespace MapDashboard.Web.Tests;

/// <summary>Issue 17.17: the OpenAPI document describes every parameter, types dates, documents bodies and errors; Scalar runs without cloud features.</summary>
public sealed class OpenApiDocumentTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private async Task<JsonElement> DocumentAsync()
    {
        using var client = fixture.Factory.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.Clone();
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> ApiOperations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (p.Name, m.Name, m.Value)));

    [Fact]
    public async Task Issue17_EveryApiParameter_HasADescription_AndDatesAreFormatDate()
    {
        var document = await DocumentAsync();

        var parameters = ApiOperations(document)
            .SelectMany(o => o.Operation.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray().Select(p => (o.Path, p)) : []).ToList();

        Assert.NotEmpty(parameters);
        Assert.All(parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.p.TryGetProperty("description", out var d) ? d.GetString() : null),
            $"{p.Path}: parameter {p.p.GetProperty("name")} has no description"));
        var dates = parameters.Where(p => p.p.GetProperty("name").GetString() is "from" or "to").ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, p => Assert.Equal("date", p.p.GetProperty("schema").GetProperty("format").GetString()));
    }

    [Fact]
    public async Task Issue17_EveryApiOperation_DocumentsItsBodyAndItsProblemResponses()
    {
        var document = await DocumentAsync();

        foreach (var (path, method, operation) in ApiOperations(document))
        {
            var responses = operation.GetProperty("responses");
            var success = responses.EnumerateObject().First(r => r.Name.StartsWith('2'));
            Assert.True(success.Value.TryGetProperty("content", out _), $"{method} {path}: no success body");
            Assert.True(responses.TryGetProperty("400", out var bad), $"{method} {path}: no 400");
            Assert.True(bad.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{method} {path}: 400 is not a problem body");
            Assert.True(responses.TryGetProperty("500", out _), $"{method} {path}: no 500");
            if (path.Contains("{id}", StringComparison.Ordinal))
            {
                Assert.True(responses.TryGetProperty("404", out _), $"{method} {path}: no 404");
            }
        }
        Assert.True(document.GetProperty("paths").GetProperty("/api/events/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("410", out _));
    }

    [Fact]
    public async Task Issue17_Scalar_RunsWithoutCloudFeatures()
    {
        using var client = fixture.Factory.CreateClient();

        var page = await client.GetStringAsync("/scalar/v1");

        Assert.Contains("\"hideClientButton\":true", page);
        Assert.Contains("\"showDeveloperTools\":\"never\"", page);
        Assert.Contains("\"telemetry\":false", page);
        Assert.Matches("\"agent\":\\{[^}]*\"disabled\":true", page);
        Assert.Matches("\"mcp\":\\{[^}]*\"disabled\":true", page);
    }
}
