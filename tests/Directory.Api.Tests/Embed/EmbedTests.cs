using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Directory.Api.Endpoints;
using Directory.Api.Tests.Infrastructure;

namespace Directory.Api.Tests.Embed;

/// <summary>
/// The embeddable directory as a host page's browser fetches it: the module at its versioned path
/// (cross-origin, compressed, cacheable, revalidated by its tag, small), the hash every snippet pins, and
/// the page a webmaster copies from. What it does in a browser is tested in Chromium (embed/test).
/// </summary>
public sealed class EmbedTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> GetScriptAsync(HttpClient client, string? encoding = null, EntityTagHeaderValue? tag = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, EmbedEndpoints.ScriptPath);
        request.Headers.Add("Origin", "https://www.rezekne.example");
        if (encoding is not null)
        {
            request.Headers.Add("Accept-Encoding", encoding);
        }

        if (tag is not null)
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        return await client.SendAsync(request, Cancel);
    }

    [Fact]
    public async Task The_module_is_served_to_any_origin_as_cacheable_javascript()
    {
        using var response = await GetScriptAsync(factory.CreateClient());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("cross-origin", response.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.NotNull(response.Headers.ETag);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("customElements.define(\"lblt-directory\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task The_module_is_compressed_and_under_30_KB_on_the_wire(string coding)
    {
        using var plain = await GetScriptAsync(factory.CreateClient());
        var bytes = await plain.Content.ReadAsByteArrayAsync(Cancel);
        using var compressed = await GetScriptAsync(factory.CreateClient(), coding);
        Assert.Equal(coding, compressed.Content.Headers.ContentEncoding.Single());
        var wire = await compressed.Content.ReadAsByteArrayAsync(Cancel);
        Assert.True(wire.Length < 30 * 1024, $"{wire.Length} bytes");
        Assert.True(wire.Length < bytes.Length / 2, $"{wire.Length} of {bytes.Length} bytes");
        using var input = new MemoryStream(wire);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        await decoder.CopyToAsync(output, Cancel);
        Assert.Equal(bytes, output.ToArray());
    }

    [Fact]
    public async Task A_browser_holding_the_module_is_answered_304_in_any_coding()
    {
        using var first = await GetScriptAsync(factory.CreateClient(), "br");
        var tag = first.Headers.ETag!;
        Assert.True(tag.IsWeak, "one tag for the same bytes in br, gzip or none: a weak one");
        using var again = await GetScriptAsync(factory.CreateClient(), "gzip", tag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        using var changed = await GetScriptAsync(factory.CreateClient(), "gzip", new EntityTagHeaderValue("\"other\""));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task The_integrity_hash_on_the_page_and_in_the_readme_is_the_served_modules()
    {
        using var response = await GetScriptAsync(factory.CreateClient());
        var integrity = $"sha384-{Convert.ToBase64String(SHA384.HashData(await response.Content.ReadAsByteArrayAsync(Cancel)))}";
        Assert.Equal(integrity, EmbedEndpoints.Integrity);

        var page = await factory.CreateClient().GetStringAsync(EmbedEndpoints.PagePath, Cancel);
        Assert.Contains($"integrity=\"{integrity}\"", page, StringComparison.Ordinal);
        Assert.Contains("&lt;lblt-directory region=&quot;rezeknes-novads&quot; lang=&quot;lv&quot;&gt;", page, StringComparison.Ordinal);
        var readme = await File.ReadAllTextAsync(Path.Combine(MigrationTests.RepositoryRoot(), "README.md"), Cancel);
        Assert.Contains($"integrity=\"{integrity}\"", readme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_allows_no_inline_script_or_style()
    {
        using var response = await factory.CreateClient().GetAsync(EmbedEndpoints.PagePath, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        var page = await response.Content.ReadAsStringAsync(Cancel);
        Assert.DoesNotContain("<style", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script>", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_root_links_the_page()
    {
        var index = await factory.CreateClient().GetStringAsync("/", Cancel);
        Assert.Contains("/embed\"", index, StringComparison.Ordinal);
    }
}
