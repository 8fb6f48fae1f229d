namespace MapDashboard.Web;

/// <summary>
/// Answers a URL longer than Limits:MaxUrlLength, or one whose path holds a control character (%00), with a problem
/// body naming the cause, instead of the server's bare status.
/// </summary>
public sealed class UrlLengthGuard(RequestDelegate next, LimitsOptions limits)
{
    /// <summary>Checks the request's URL, then hands it on.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var length = context.Request.PathBase.Value?.Length + path.Length + context.Request.QueryString.Value?.Length ?? 0;
        if (length > limits.MaxUrlLength)
        {
            await Results.Problem($"The URL is {length:N0} characters, over the {limits.MaxUrlLength:N0}-character limit (Limits:MaxUrlLength).",
                statusCode: StatusCodes.Status414UriTooLong, title: "The URL is too long").ExecuteAsync(context);
            return;
        }
        if (path.Any(char.IsControl))
        {
            await Results.Problem("The path holds a control character (such as %00), which no address of this server contains.",
                statusCode: StatusCodes.Status400BadRequest, title: "The path is malformed").ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
