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

    [GeneratedRegex("Name = \"([^\"]+)\", LegalForm = \"[a-z]+\", RegistrationNumber = \"(\\d{11})\"")]
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
