using Microsoft.AspNetCore.Diagnostics;

namespace MapDashboard.Web.Api;

/// <summary>
/// Turns a request the API could not read (a parameter that does not bind, such as limit=abc, or a body over its limit)
/// into a problem body with the status and the reason, naming the parameter; other exceptions fall through to a plain
/// 500 problem without details.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || !httpContext.Request.Path.StartsWithSegments("/api"))
        {
            return false;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = bad.StatusCode, Title = "The request could not be read", Detail = bad.Message },
        });
    }
}
