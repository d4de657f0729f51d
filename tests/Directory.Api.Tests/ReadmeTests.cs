using System.Text.RegularExpressions;
using Directory.Api.Tests.Infrastructure;

namespace Directory.Api.Tests;

/// <summary>The READMEs show code that compiles and runs, and point only at files that exist in the repository.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Root = MigrationTests.RepositoryRoot();
    private static readonly string[] Readmes = ["README.md", "src/Directory.Client/README.md"];

    [Fact]
    public void Every_csharp_snippet_line_of_the_readmes_is_in_the_quickstart_that_ci_runs()
    {
        var program = File.ReadAllLines(Path.Combine(Root, "samples", "ClientQuickstart", "Program.cs")).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var readme in Readmes)
        {
            foreach (Match block in CSharpBlock().Matches(File.ReadAllText(Path.Combine(Root, readme))))
            {
                // Where the service is differs: the quickstart takes it from its arguments.
                missing.AddRange(block.Groups[1].Value.Split('\n').Select(l => l.Trim())
                    .Where(l => l.Length > 0 && !l.StartsWith("var baseUri =", StringComparison.Ordinal) && !program.Contains(l))
                    .Select(l => $"{readme}: {l}"));
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Following_the_readme_in_order_does_not_import_over_the_ngo_it_created()
    {
        // The README creates an NGO by POST, then imports the sample CSV: the CSV must not carry that
        // registration number, or the import would rename the NGO just created.
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var posted = RegistrationNumberField().Matches(readme).Select(m => m.Groups[1].Value).ToList();
        var sample = File.ReadAllText(Path.Combine(Root, "samples", "import", "ngos-sample.csv"));
        Assert.NotEmpty(posted);
        Assert.All(posted, number => Assert.DoesNotContain(number, sample, StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_the_sample_import_and_the_quickstart_create_nothing_twice()
    {
        // Run in the README's order on one database, each creates its own NGOs: a shared registration
        // number or slug made a later create a 400 (the README's curl POST, the sample import, the quickstart).
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var sample = Transfer.Csv.Parse(File.ReadAllText(Path.Combine(Root, "samples", "import", "ngos-sample.csv")).TrimStart('\uFEFF'));
        var quickstart = File.ReadAllText(Path.Combine(Root, "samples", "ClientQuickstart", "Program.cs"));
        var created = new List<(string Source, string Number, string Slug)>();
        created.AddRange(PostedNgo().Matches(readme).Select(m => ("README curl", m.Groups[2].Value, Slug(m.Groups[1].Value))));
        created.AddRange(sample.Skip(1).Select(r => ("sample import", r.Fields[4], r.Fields[0])));
        created.AddRange(QuickstartNgo().Matches(quickstart).Select(m => ("quickstart", m.Groups[2].Value, Slug(m.Groups[1].Value))));
        Assert.Equal(3, created.Select(c => c.Source).Distinct().Count());
        Assert.Empty(created.GroupBy(c => c.Number).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Source))}"));
        Assert.Empty(created.GroupBy(c => c.Slug).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Source))}"));

        static string Slug(string name) => Domain.LatvianText.Fold(name).Replace(' ', '-');
    }

    [GeneratedRegex("\"name\": \"([^\"]+)\", \"legalForm\": \"[a-z]+\", \"registrationNumber\": \"(\\d{11})\"")]
    private static partial Regex PostedNgo();

    [GeneratedRegex("Name = \"([^\"]+)\", LegalForm = LegalForm\\.[A-Za-z]+, RegistrationNumber = \"(\\d{11})\"")]
    private static partial Regex QuickstartNgo();

    [Fact]
    public void Every_url_the_readme_curls_is_ascii()
    {
        // A raw 'ā' in a URL got an empty 400: percent-encode it, or use curl -G --data-urlencode.
        var urls = CurlUrl().Matches(File.ReadAllText(Path.Combine(Root, "README.md"))).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.True(url.All(char.IsAscii), url));
    }

    [GeneratedRegex(@"curl[^\n']*'(http[^']+)'")]
    private static partial Regex CurlUrl();

    [Fact]
    public void Readme_links_point_at_files_in_the_repository()
    {
        var broken = Readmes.SelectMany(readme => Link().Matches(File.ReadAllText(Path.Combine(Root, readme)))
                .Select(m => m.Groups[1].Value.Split('#')[0])
                .Where(target => target.Length > 0 && !target.Contains("://", StringComparison.Ordinal))
                .Where(target => !File.Exists(Path.Combine(Root, Path.GetDirectoryName(readme)!, target)) && !System.IO.Directory.Exists(Path.Combine(Root, Path.GetDirectoryName(readme)!, target)))
                .Select(target => $"{readme}: {target}"))
            .ToList();
        Assert.Empty(broken);
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex("\"registrationNumber\": \"(\\d{11})\"")]
    private static partial Regex RegistrationNumberField();
}

/// <summary>The numbers the README states are the ones a fresh start with the demo data answers.</summary>
public sealed partial class ReadmeNumberTests(DemoDirectoryFactory factory) : IClassFixture<DemoDirectoryFactory>
{
    [Fact]
    public async Task The_facet_example_shows_the_count_the_readme_states()
    {
        var readme = File.ReadAllText(Path.Combine(MigrationTests.RepositoryRoot(), "README.md"));
        var example = FacetExample().Match(readme);
        Assert.True(example.Success, "the README's facet example moved");
        var facets = await factory.CreateClient().GetJsonAsync<System.Text.Json.JsonElement>(example.Groups[2].Value);
        var latgale = facets.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "latgale");
        Assert.Equal(int.Parse(example.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), latgale.GetProperty("count").GetInt32());
    }

    [GeneratedRegex(@"Latgale shows (\d+) here\ncurl 'http://localhost:5080(/[^']+)'")]
    private static partial Regex FacetExample();
}

/// <summary>
/// Every <c>curl</c> of the README, run in the README's order on one fresh demo database, as a newcomer
/// following it would (the keys it names are made for the run), answers as the README says: a success, a
/// 304 where it sends an ETag back, and the numbers it states.
/// </summary>
public sealed partial class ReadmeExampleTests(DemoDirectoryFactory factory) : IClassFixture<DemoDirectoryFactory>
{
    [Fact]
    public async Task Every_curl_of_the_readme_runs_in_order_on_one_fresh_database_and_answers_as_it_says()
    {
        var root = MigrationTests.RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var variables = new Dictionary<string, string>
        {
            ["ADMIN_KEY"] = await factory.CreateKeyAsync(Domain.Role.Admin),
            ["KEY"] = await factory.CreateKeyAsync(Domain.Role.Editor),
        };
        var client = factory.CreateClient();
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var wrong = new List<string>();
        var lines = BashBlock().Matches(readme).SelectMany(b => Commands(b.Groups[1].Value))
            .Where(l => l.StartsWith("curl ", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count >= 25, $"{lines.Count} curl lines");
        foreach (var line in lines)
        {
            var command = CurlCommand.Parse(line, variables, root);
            var revalidates = command.Headers.Any(h => h.Value.Contains("<etag from a previous response>", StringComparison.Ordinal));
            if (revalidates)
            {
                command = command with { Headers = [.. command.Headers.Select(h => (h.Name, h.Value.Replace("\"<etag from a previous response>\"", etags[command.PathAndQuery], StringComparison.Ordinal)))] };
            }

            using var response = await client.SendAsync(command.Request(), TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            if (response.Headers.ETag is { } etag)
            {
                etags[command.PathAndQuery] = etag.ToString();
            }

            if (response.StatusCode == System.Net.HttpStatusCode.OK)
            {
                answers.TryAdd(command.PathAndQuery, body);
            }

            var expected = revalidates ? response.StatusCode == System.Net.HttpStatusCode.NotModified : response.IsSuccessStatusCode;
            if (!expected)
            {
                wrong.Add($"{(int)response.StatusCode} for {line}: {body[..Math.Min(body.Length, 300)]}");
            }
        }

        Assert.Empty(wrong);

        // The numbers the README states: the answer it shows for its first list, and the regions.
        var shown = ShownPage().Match(readme);
        var first = System.Text.Json.JsonDocument.Parse(answers["/api/v1/ngos?region=latgale&supportArea=disabilities&pageSize=3"]).RootElement;
        Assert.Equal(int.Parse(shown.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), first.GetProperty("totalItems").GetInt32());
        var regions = System.Text.Json.JsonDocument.Parse(answers["/api/v1/regions"]).RootElement;
        var stated = RegionsComment().Match(readme);
        Assert.Equal(int.Parse(stated.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), regions.GetArrayLength());
        Assert.Equal(int.Parse(stated.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), regions.EnumerateArray().Sum(r => r.GetProperty("municipalities").GetArrayLength()));
    }

    /// <summary>A block's commands: a line ending in a backslash goes on, and so does one inside single quotes (a JSON body).</summary>
    private static IEnumerable<string> Commands(string block)
    {
        var command = new System.Text.StringBuilder();
        foreach (var raw in block.Split('\n'))
        {
            if (command.Length == 0 && raw.TrimStart().StartsWith('#'))
            {
                continue;
            }

            // A trailing comment ("   # HSDS 3.1's OpenAPI") is not part of the command, nor are its quotes.
            var line = command.ToString().Count(c => c == '\'') % 2 == 0 ? TrailingComment().Replace(raw, "") : raw;
            command.Append(line.TrimEnd().TrimEnd('\\')).Append(' ');
            if (!line.TrimEnd().EndsWith('\\') && command.ToString().Count(c => c == '\'') % 2 == 0)
            {
                yield return command.ToString().Trim();
                command.Clear();
            }
        }
    }

    [GeneratedRegex(@"```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [GeneratedRegex(@"\s{2,}#.*$")]
    private static partial Regex TrailingComment();

    [GeneratedRegex(@"""pageSize"": 3, ""totalItems"": (\d+)")]
    private static partial Regex ShownPage();

    [GeneratedRegex(@"# (\d+) planning regions with their (\d+) municipalities")]
    private static partial Regex RegionsComment();
}
