namespace MapDashboard.Web.Api;

/// <summary>
/// Refuses a query parameter given more than once (bbox=...&amp;bbox=...): the framework would join the values with
/// commas into one that looks valid. The list filters (type, actor) may repeat; their values are joined as a list.
/// </summary>
public sealed class RepeatedParameterFilter : IEndpointFilter
{
    private static readonly HashSet<string> Lists = new(StringComparer.OrdinalIgnoreCase) { "type", "actor" };

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var p = new ApiParameters();
        foreach (var (name, values) in context.HttpContext.Request.Query)
        {
            if (values.Count > 1 && !Lists.Contains(name))
            {
                p.Fail(name, $"{name} is given {values.Count} times; give it once");
            }
        }
        return p.Problem is { } problem ? ValueTask.FromResult<object?>(problem) : next(context);
    }
}
