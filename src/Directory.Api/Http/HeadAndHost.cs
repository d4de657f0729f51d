using Microsoft.AspNetCore.Routing;

namespace Directory.Api.Http;

/// <summary>Requests every public GET route must survive: HEAD, and a missing or malformed Host.</summary>
public static class HeadAndHost
{
    /// <summary>GET routes answer HEAD as well: the same status and headers, no body (as CORS preflight already advertises).</summary>
    public static TBuilder AnswerHead<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            // The last method metadata is the one routing reads.
            if (endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault() is { } methods
                && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
            }
        });
        return builder;
    }

    /// <summary>
    /// A HEAD request runs the GET pipeline with its body sent nowhere (the length and ETag are still
    /// computed); a request whose Host is missing (HTTP/1.0) or not a host name is a 400 problem, since
    /// page links and download URLs are built from it. Probes under /health need no host.
    /// </summary>
    public static WebApplication UseHeadAndHostRules(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.Body = Stream.Null;
            }

            if (IsUsable(context.Request.Host) || context.Request.Path.StartsWithSegments("/health"))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "Bad Host header",
                    Detail = "The Host header is missing or is not a host name (with an optional port); send the host this service answers on.",
                },
            }).AsTask();
        });
        return app;
    }

    private static bool IsUsable(HostString host) =>
        host.HasValue
        && Uri.CheckHostName(host.Host) != UriHostNameType.Unknown
        && (host.Port is null or (> 0 and <= 65535));
}
