using System.Text.RegularExpressions;

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
