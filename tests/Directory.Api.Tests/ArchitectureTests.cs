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
    public void The_declared_rules_know_the_framework_and_the_domain_and_nothing_that_uses_them() =>
        AssertHolds(Types.InAssembly(Api).That().ResideInNamespace("Directory.Api.Validation").ShouldNot()
            .HaveDependencyOnAny("Directory.Api.Endpoints", "Directory.Api.Writes", "Directory.Api.Queries", "Directory.Api.Hsds", "Directory.Api.ReadModel", "Directory.Api.Transfer", "Directory.Infrastructure.DirectoryDbContext")
            .GetResult());

    [Fact]
    public void The_v1_endpoints_do_not_reach_into_the_hsds_view() =>
        AssertHolds(Types.InAssembly(Api).That().ResideInNamespace("Directory.Api.Endpoints").ShouldNot().HaveDependencyOn("Directory.Api.Hsds").GetResult());

    [Fact]
    public void The_api_namespaces_depend_on_each_other_without_a_cycle()
    {
        // A slice is a top-level namespace (Directory.Api.Setup holds Setup.OpenApi); the root composes them all.
        var cycles = Cycles(Api, "Directory.Api", withRoot: false, out var slices);
        Assert.True(slices.Count > 10, string.Join(", ", slices));
        Assert.True(cycles.Count == 0, "Namespace cycles: " + string.Join("; ", cycles));
    }

    [Fact]
    public void The_infrastructure_namespaces_depend_on_each_other_without_a_cycle()
    {
        // Here the root holds the DbContext that Seed, Demo, Startup and the migrations use: it is a slice too.
        var cycles = Cycles(Infrastructure, "Directory.Infrastructure", withRoot: true, out var slices);
        Assert.Contains("Directory.Infrastructure.Seed", slices);
        Assert.True(cycles.Count == 0, "Namespace cycles: " + string.Join("; ", cycles));
    }

    /// <summary>
    /// The dependency cycles between the namespaces one level under <paramref name="root"/>, as seen in the
    /// compiled code (a constant used from another namespace is copied in and not seen).
    /// </summary>
    private static List<string> Cycles(System.Reflection.Assembly assembly, string root, bool withRoot, out List<string> slices)
    {
        var depth = root.Split('.').Length + 1;
        var found = assembly.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith(root + ".", StringComparison.Ordinal) || (withRoot && n == root))
            .Select(n => string.Join('.', n.Split('.').Take(depth))).Distinct().Order(StringComparer.Ordinal).ToList();
        var uses = found.ToDictionary(a => a, a => found.Where(b => b != a && DependsOn(assembly, a, b, root)).ToList());

        var cycles = new List<string>();
        var done = new HashSet<string>();
        foreach (var start in found)
        {
            Visit(start, []);
        }

        slices = found;
        return [.. cycles.Distinct()];

        void Visit(string slice, List<string> path)
        {
            if (path.IndexOf(slice) is var at and >= 0)
            {
                cycles.Add(string.Join(" → ", path.Skip(at).Append(slice)));
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

    /// <summary>Whether a type of slice <paramref name="a"/> uses one of slice <paramref name="b"/> (the root's slice is its own namespace alone, not the ones under it).</summary>
    private static bool DependsOn(System.Reflection.Assembly assembly, string a, string b, string root)
    {
        // By full type name: NetArchTest matched no namespace given as a prefix ("…Seed.").
        string[] targets = [.. assembly.GetTypes().Where(t => t.Namespace == b || (b != root && t.Namespace?.StartsWith(b + ".", StringComparison.Ordinal) == true)).Select(t => t.FullName!)];
        var failing = Types.InAssembly(assembly).That().ResideInNamespace(a).ShouldNot().HaveDependencyOnAny(targets).GetResult().FailingTypes ?? [];
        return failing.Any(t => a != root || t.Namespace == root);
    }

    private static void AssertHolds(NetArchTest.Rules.TestResult result) =>
        Assert.True(result.IsSuccessful, $"Breaks the rule: {string.Join(", ", result.FailingTypeNames ?? [])}");
}
