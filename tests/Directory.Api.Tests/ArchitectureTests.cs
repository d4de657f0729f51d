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

    private static void AssertHolds(NetArchTest.Rules.TestResult result) =>
        Assert.True(result.IsSuccessful, $"Breaks the rule: {string.Join(", ", result.FailingTypeNames ?? [])}");
}
