namespace MapDashboard.Web.Api;

/// <summary>The analyst-key rule of every API write, as a problem response.</summary>
internal static class WriteRefusal
{
    /// <summary>A 401 (wrong or missing X-Analyst-Key) or 403 (writing off) when the request may not write, else null.</summary>
    public static IResult? Refuse(HttpRequest request, WriteAccess access) =>
        access.Refusal(request.Headers["X-Analyst-Key"].FirstOrDefault()) is { } refusal
            ? Results.Problem(refusal, statusCode: access.WritesEnabled ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden)
            : null;
}
