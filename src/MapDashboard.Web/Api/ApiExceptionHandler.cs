using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace MapDashboard.Web.Api;

/// <summary>
/// Turns a request the API could not read into a problem body with the status and the reason: a query parameter that
/// does not bind (limit=abc) gets the same validation problem as the parameters the endpoints check themselves
/// (bbox=abc), naming the parameter and the form it needs, never a .NET type; a body over its limit keeps its status and
/// reason. Other exceptions fall through to a plain 500 problem without details.
/// </summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || !httpContext.Request.Path.StartsWithSegments("/api"))
        {
            return false;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        if (BindFailure().Match(bad.Message) is { Success: true } failure)
        {
            var name = failure.Groups["name"].Value;
            var value = failure.Groups["value"].Value;
            value = value.Length > 40 ? value[..40] + "…" : value;
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                [name] = [$"'{value}' is not {Form(failure.Groups["type"].Value)}"],
            };
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new HttpValidationProblemDetails(errors) { Status = StatusCodes.Status400BadRequest },
            });
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = bad.StatusCode, Title = "The request could not be read", Detail = bad.Message },
        });
    }

    /// <summary>The form a parameter of a .NET type takes, in words.</summary>
    private static string Form(string type) => type.TrimEnd('?') switch
    {
        "int" or "long" or "Int32" or "Int64" => "a whole number",
        "double" or "float" or "decimal" or "Double" => "a number",
        "bool" or "Boolean" => "true or false",
        "DateOnly" => "a date in the form YYYY-MM-DD",
        _ => "a valid value",
    };

    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^ "]+) (?<name>[^ "]+)" from "(?<value>.*)"\.?$""", RegexOptions.Singleline)]
    private static partial Regex BindFailure();
}
