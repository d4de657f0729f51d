using System.Net;
using System.Text.RegularExpressions;
using Directory.Api.Tests.Infrastructure;

namespace Directory.Api.Tests;

/// <summary>Every JSON answer writes Latvian letters as they are (UTF-8), not as \u escapes; what is unsafe in HTML stays escaped.</summary>
public sealed partial class JsonEncodingTests(DemoDirectoryFactory factory) : IClassFixture<DemoDirectoryFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"\\u0(0[c-fC-F]|1[0-7])[0-9a-fA-F]")]
    private static partial Regex EscapedLatinLetter();

    [Theory]
    [InlineData("/api/v1/ngos?pageSize=20")]
    [InlineData("/api/v1/ngos/facets")]
    [InlineData("/api/v1/experts?pageSize=20")]
    [InlineData("/api/v1/ngos/export?format=json")]
    [InlineData("/api/v1/regions")]
    [InlineData("/hsds/services?per_page=20")]
    [InlineData("/hsds/taxonomy_terms")]
    public async Task Latvian_letters_are_written_as_they_are(string path)
    {
        using var client = factory.CreateClient();
        var body = await client.GetStringAsync(path, Cancel);
        Assert.Matches("[āēīūčģķļņšžĀĒĪŪČĢĶĻŅŠŽ]", body);
        Assert.DoesNotMatch(EscapedLatinLetter(), body);
    }

    [Fact]
    public async Task Characters_unsafe_in_html_stay_escaped_in_a_problem()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/api/v1/ngos?region=%3Cscript%3Eā", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003Eā", body, StringComparison.Ordinal);
    }
}
