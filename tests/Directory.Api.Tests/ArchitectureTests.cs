using NetArchTest.Rules;

namespace Directory.Api.Tests;

/// <summary>The layers as the README draws them: Api → Infrastructure → Domain, and search apart from what uses it.</summary>
public sealed class ArchitectureTests
{
    private static readonly System.Reflection.Assembly Domain = typeof(Directory.Domain.Ngo).Assembly;
    private static readonly System.Reflection.Assembly Infrastructure = typeof(Directory.Infrastructure.DirectoryDbContext).Assembly;
    private static readonly System.Reflection.Assembly Api = typeof(Directory.Api.Search.SearchQuery).Assembly;

    [Fact]
    public void Domain_depends_on_nothing_of_ours_nor_on_a_framework_for_data_or_web() =>
        AssertHolds(Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("Directory.Infrastructure", "Directory.Api", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Lucene").GetResult());

    [Fact]
    public void Infrastructure_depends_on_the_domain_not_on_the_api() =>
        AssertHolds(Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOnAny("Directory.Api", "Microsoft.AspNetCore").GetResult());

    [Fact]
    public void Search_knows_the_reference_data_and_nothing_that_uses_it() =>
        AssertHolds(Types.InAssembly(Api).That().ResideInNamespace("Directory.Api.Search").ShouldNot()
            .HaveDependencyOnAny("Directory.Api.ReadModel", "Directory.Api.Queries", "Directory.Api.Endpoints", "Directory.Api.Hsds", "Directory.Api.Http", "Directory.Infrastructure")
            .GetResult());

    [Fact]
    public void The_v1_endpoints_do_not_reach_into_the_hsds_view() =>
        AssertHolds(Types.InAssembly(Api).That().ResideInNamespace("Directory.Api.Endpoints").ShouldNot().HaveDependencyOn("Directory.Api.Hsds").GetResult());

    [Fact]
    public void The_api_namespaces_depend_on_each_other_without_a_cycle()
    {
        // A slice is a top-level namespace (Directory.Api.Setup holds Setup.OpenApi); the root composes them all.
        // Seen in the compiled code: a constant used from another namespace is copied in and not seen.
        var slices = Api.GetTypes().Select(t => t.Namespace).OfType<string>().Where(n => n.StartsWith("Directory.Api.", StringComparison.Ordinal))
            .Select(n => string.Join('.', n.Split('.').Take(3))).Distinct().Order(StringComparer.Ordinal).ToList();
        var uses = slices.ToDictionary(a => a, a => slices.Where(b => b != a && !Types.InAssembly(Api).That().ResideInNamespace(a)
            .ShouldNot().HaveDependencyOn(b).GetResult().IsSuccessful).ToList());

        var cycles = new List<string>();
        var done = new HashSet<string>();
        foreach (var start in slices)
        {
            Visit(start, []);
        }

        Assert.True(slices.Count > 10, string.Join(", ", slices));
        Assert.True(cycles.Count == 0, "Namespace cycles: " + string.Join("; ", cycles.Distinct()));

        void Visit(string slice, List<string> path)
        {
            if (path.IndexOf(slice) is var at and >= 0)
            {
                cycles.Add(string.Join(" → ", path.Skip(at).Append(slice).Select(n => n["Directory.Api.".Length..])));
                return;
            }

            if (!done.Add(slice) && path.Count == 0)
            {
                return;
            }

            path.Add(slice);
            foreach (var next in uses[slice])
            {
                Visit(next, path);
            }

            path.RemoveAt(path.Count - 1);
        }
    }

    private static void AssertHolds(NetArchTest.Rules.TestResult result) =>
        Assert.True(result.IsSuccessful, $"Breaks the rule: {string.Join(", ", result.FailingTypeNames ?? [])}");
}
