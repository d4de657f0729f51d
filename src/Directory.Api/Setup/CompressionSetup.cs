using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Directory.Api.Setup;

/// <summary>
/// Brotli and gzip for answers that are not replayed from the response cache (first reads, exports,
/// the HSDS stream); a replay sends the copy the cache compressed once for its entry (Http/ResponseCache).
/// </summary>
public static class CompressionSetup
{
    private static readonly string[] MediaTypes =
        ["application/json", "application/problem+json", "application/ld+json", "application/x-ndjson", "text/csv", "text/turtle", "text/html"];

    public static IServiceCollection AddDirectoryCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            // Over HTTPS too: public data holds no secret for BREACH to guess, and answers to key holders
            // (an issued key, drafts) are sent uncompressed (SizedCompressionProvider).
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = MediaTypes;
        });
        services.AddSingleton<IResponseCompressionProvider, SizedCompressionProvider>();
        // Per request, so the fastest levels; cached entries are compressed once, harder.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>The framework's choice, except for a body known to be under ~1 KB and for answers to key holders, sent as they are.</summary>
    private sealed class SizedCompressionProvider(IServiceProvider services, Microsoft.Extensions.Options.IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        public override bool ShouldCompressResponse(HttpContext context) =>
            context.Response.ContentLength is not < Http.ResponseCache.MinCompressedBytes
            && !Auth.ApiKeyAuthenticationHandler.CarriesCredentials(context.Request)
            && base.ShouldCompressResponse(context);
    }

    public static WebApplication UseDirectoryCompression(this WebApplication app)
    {
        app.UseResponseCompression();
        return app;
    }
}
