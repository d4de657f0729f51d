using Directory.Api.Settings;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Directory.Api.Setup;

/// <summary>CORS, security headers, forwarded headers and request size: what a public service on the internet needs.</summary>
public static class SecuritySetup
{
    public const string WritesCorsPolicy = "writes";

    public static IServiceCollection AddDirectorySecurity(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<CorsWriteOptions>>((o, write) =>
        {
            var writeOrigins = write.Value.WriteOrigins;
            // Public reads are open data: any site may fetch them.
            o.AddDefaultPolicy(p => p.AllowAnyOrigin().WithMethods("GET", "HEAD").WithHeaders("Accept-Language", "If-None-Match").WithExposedHeaders("ETag", "Content-Language", "RateLimit", "RateLimit-Policy", "Retry-After"));
            o.AddPolicy(WritesCorsPolicy, p => p.WithOrigins(writeOrigins).AllowAnyMethod()
                .WithHeaders("Content-Type", "Authorization", "X-Api-Key", "If-Match", "Idempotency-Key", "Accept-Language")
                .WithExposedHeaders("ETag", "Location", "RateLimit", "RateLimit-Policy", "Retry-After"));
        });

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardingOptions>>((o, trusted) =>
        {
            // Only the configured proxies may say who the client is; anyone else could spoof the rate-limit
            // key and the links' host. Empty lists would mean "trust every peer" to the middleware, so with
            // none configured it is not even added (UseDirectoryForwarding).
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in trusted.Value.Proxies)
            {
                o.KnownProxies.Add(proxy);
            }

            foreach (var network in trusted.Value.Networks)
            {
                o.KnownIPNetworks.Add(network);
            }
        });

        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<IOptions<RequestLimitsOptions>>((o, limits) => o.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes);
        return services;
    }

    /// <summary>Client address, scheme and host as the proxy saw them; HSTS outside development. Before anything reads them.</summary>
    public static WebApplication UseDirectoryForwarding(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardingOptions>>().Value.Any)
        {
            app.UseForwardedHeaders();
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    /// <summary>
    /// The security headers, on every answer: set as the response starts, so that refusals made before
    /// routing (a bad Host, an oversize body) and answers the exception handler rewrites carry them too.
    /// </summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                var path = context.Request.Path;
                headers.ContentSecurityPolicy = path.StartsWithSegments("/swagger")
                    ? "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
                    : path.Equals(Endpoints.EmbedEndpoints.PagePath, StringComparison.OrdinalIgnoreCase) ? Endpoints.EmbedEndpoints.PageSecurityPolicy
                    : "default-src 'none'; frame-ancestors 'none'";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>Body limits per endpoint (so after routing).</summary>
    public static WebApplication UseBodyLimits(this WebApplication app)
    {
        var maxBodyBytes = app.Services.GetRequiredService<IOptions<RequestLimitsOptions>>().Value.MaxRequestBodyBytes;
        app.Use(async (context, next) =>
        {
            // Kestrel enforces the limit on the wire too; this answers a declared oversize body at once, as a problem.
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? maxBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            await next(context);
        });
        return app;
    }
}
