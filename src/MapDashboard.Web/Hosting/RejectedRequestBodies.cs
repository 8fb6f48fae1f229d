using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace MapDashboard.Web.Hosting;

/// <summary>
/// Kestrel refuses some requests (a %00 in the path, a request line or headers over its limits, malformed HTTP) while
/// parsing them, before any middleware runs, and answers with an empty 400/414/431. This connection middleware gives
/// those answers an application/problem+json body naming the cause, like every other error of the app.
/// </summary>
public static class RejectedRequestBodies
{
    /// <summary>Adds the connection middleware to an endpoint (before UseHttps, it sees only encrypted bytes and changes nothing).</summary>
    public static ListenOptions UseProblemBodiesForRejectedRequests(this ListenOptions listen)
    {
        listen.Use(next => async connection =>
        {
            var transport = connection.Transport;
            var requests = new RequestLineSniffer(transport.Input);
            connection.Transport = new Duplex(requests, new RejectedRequestWriter(transport.Output, requests));
            try
            {
                await next(connection);
            }
            finally
            {
                connection.Transport = transport;
            }
        });
        return listen;
    }

    private sealed record Duplex(PipeReader Input, PipeWriter Output) : IDuplexPipe;
}
