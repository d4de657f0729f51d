using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using Directory.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Directory.Api.Endpoints;

/// <summary>
/// The embeddable directory: the <c>&lt;lblt-directory&gt;</c> module at a versioned path (built from
/// <c>embed/src</c> by esbuild and committed; CI rebuilds it and fails on a difference) and the page a
/// webmaster copies the snippet from. The module is read once from the assembly and compressed then, at
/// the smallest size (the per-request compression at its fastest level left gzip at half the bytes, not
/// 38 %); its ETag is weak: one tag for the same bytes in any coding.
/// </summary>
public static class EmbedEndpoints
{
    public const string ScriptPath = "/embed/v1/directory.js";
    public const string PagePath = "/embed";

    /// <summary>The page's own policy: no inline script or style anywhere, so the component is shown working under a strict CSP.</summary>
    public const string PageSecurityPolicy =
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static readonly Lazy<EmbedScript> Script = new(EmbedScript.Load);

    /// <summary>The Subresource Integrity hash of the module served (SHA-384, as the snippet's <c>integrity</c>).</summary>
    public static string Integrity => Script.Value.Integrity;

    public static IEndpointRouteBuilder MapEmbedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(ScriptPath, GetScript).WithName("EmbedScript").ExcludeFromDescription().AnswerHead();
        app.MapGet(PagePath, GetPage).WithName("EmbedPage").ExcludeFromDescription().AnswerHead();
        return app;
    }

    internal static Results<FileContentHttpResult, StatusCodeHttpResult> GetScript(HttpContext context)
    {
        var script = Script.Value;
        var response = context.Response;
        response.Headers.CacheControl = "public, max-age=3600";
        response.Headers.ETag = script.ETag.ToString();
        response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        if (ConditionalGetMiddleware.Matches(context.Request, script.ETag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        response.Headers.Vary = HeaderNames.AcceptEncoding;
        var accepted = context.Request.GetTypedHeaders().AcceptEncoding;
        bool Accepts(string coding) => accepted.Any(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
        var (bytes, coding) = Accepts("br") ? (script.Brotli, "br") : Accepts("gzip") ? (script.Gzip, "gzip") : (script.Bytes, null);
        if (coding is not null)
        {
            response.Headers.ContentEncoding = coding; // so the response-compression middleware leaves it as it is
        }

        return TypedResults.Bytes(bytes, "text/javascript; charset=utf-8");
    }

    internal static ContentHttpResult GetPage(HttpRequest request)
    {
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var snippet = Snippet(origin);
        var html = $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Show the directory on your website – Child &amp; Family Directory API</title>
            <script type="module" src="{{ScriptPath}}" integrity="{{Integrity}}" crossorigin="anonymous"></script>
            </head>
            <body>
            <main>
            <h1>Show the directory on your website</h1>
            <p>Paste these two lines where the directory should appear. Nothing else is needed: no build, no cookies, no fonts or third-party requests, and it works under a strict Content-Security-Policy (<code>script-src</code> and <code>connect-src</code> must allow {{WebUtility.HtmlEncode(origin)}}).</p>
            <pre><code>{{WebUtility.HtmlEncode(snippet)}}</code></pre>
            <p>The <code>integrity</code> hash pins this exact build of <code>{{ScriptPath}}</code>; leave it out to take fixes to version 1 as they are published.</p>
            <h2>Attributes</h2>
            <table>
            <thead><tr><th scope="col">Attribute</th><th scope="col">What it does</th></tr></thead>
            <tbody>
            <tr><td><code>lang</code></td><td><code>lv</code> (default) or <code>en</code>: the interface and the names of areas, groups and places.</td></tr>
            <tr><td><code>region</code></td><td>A planning region (<code>latgale</code>) or municipality (<code>rezeknes-novads</code>, ATVK <code>0078000</code>): fixed, its filter is not shown. Nationwide organisations are included.</td></tr>
            <tr><td><code>support-area</code></td><td>A support area code (<code>mental-health</code>): fixed, its filter is not shown.</td></tr>
            <tr><td><code>target-group</code></td><td>A target group code (<code>foster-families</code>): fixed, its filter is not shown.</td></tr>
            <tr><td><code>language</code></td><td>A language the organisation works in (<code>ru</code>): fixed, its filter is not shown.</td></tr>
            <tr><td><code>page-size</code></td><td>Results per page, 1–100 (default 10).</td></tr>
            <tr><td><code>api-base</code></td><td>The API to ask (default: where the script came from).</td></tr>
            <tr><td><code>heading</code></td><td>The heading shown above the search box.</td></tr>
            </tbody>
            </table>
            <h2>Theme</h2>
            <p>Custom properties on the element: <code>--lblt-font</code>, <code>--lblt-font-size</code>, <code>--lblt-text</code>, <code>--lblt-background</code>, <code>--lblt-accent</code>, <code>--lblt-on-accent</code>, <code>--lblt-link</code>, <code>--lblt-muted</code>, <code>--lblt-border</code>, <code>--lblt-focus</code>, <code>--lblt-tag</code>, <code>--lblt-error</code>, <code>--lblt-radius</code>. Parts for <code>::part()</code>: <code>title</code>, <code>filters</code>, <code>search</code>, <code>filter</code>, <code>status</code>, <code>body</code>, <code>note</code>, <code>card</code>, <code>pager</code>, <code>detail</code>, <code>error</code>. Keep text at a contrast of 4.5:1 or more.</p>
            <h2>The directory, live</h2>
            <lblt-directory lang="lv"></lblt-directory>
            </main>
            </body>
            </html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>What a webmaster pastes: the element and one module script with its integrity hash.</summary>
    public static string Snippet(string origin) =>
        $"""
        <lblt-directory region="rezeknes-novads" lang="lv"></lblt-directory>
        <script type="module" src="{origin}{ScriptPath}" integrity="{Integrity}" crossorigin="anonymous"></script>
        """;

    private sealed record EmbedScript(byte[] Bytes, byte[] Brotli, byte[] Gzip, EntityTagHeaderValue ETag, string Integrity)
    {
        public static EmbedScript Load()
        {
            using var stream = typeof(EmbedEndpoints).Assembly.GetManifestResourceStream("embed-directory.js")
                ?? throw new InvalidOperationException("The embedded embed-directory.js is missing: build embed/ (npm run build).");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"", isWeak: true);
            return new EmbedScript(bytes, Compress(bytes, o => new BrotliStream(o, CompressionLevel.SmallestSize)), Compress(bytes, o => new GZipStream(o, CompressionLevel.SmallestSize)),
                tag, $"sha384-{Convert.ToBase64String(SHA384.HashData(bytes))}");
        }

        private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
        {
            using var output = new MemoryStream();
            using (var stream = compressor(output))
            {
                stream.Write(bytes);
            }

            return output.ToArray();
        }
    }
}
