using System.Text.Json.Nodes;
using Directory.Api.Tests.Infrastructure;

namespace Directory.Api.Tests;

/// <summary>
/// openapi/v1.json against the contract as last released (openapi/released/v1.json): within one major
/// version nothing a generated client relies on may break. A breaking change raises the version
/// (info.version), and the new contract becomes the release to compare against.
/// </summary>
public sealed class ContractCompatibilityTests
{
    private static JsonNode Load(params string[] path) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine([MigrationTests.RepositoryRoot(), .. path])))!;

    private static int Major(JsonNode contract) => Version.Parse(contract["info"]!["version"]!.GetValue<string>()).Major;

    [Fact]
    public void The_contract_has_no_breaking_change_since_its_release_unless_the_version_is_raised()
    {
        var released = Load("openapi", "released", "v1.json");
        var current = Load("openapi", "v1.json");
        if (Major(current) > Major(released))
        {
            return; // a new major version: released/ gets the new contract when it ships
        }

        Assert.Empty(ContractDiff.Breaking(released, current));
    }

    [Fact]
    public void The_check_sees_each_kind_of_breaking_change()
    {
        var released = Load("openapi", "v1.json");
        var broken = released.DeepClone();
        broken["paths"]!.AsObject().Remove("/api/v1/dataset");
        broken["paths"]!["/api/v1/ngos"]!["get"]!["parameters"]!.AsArray().RemoveAt(0);
        broken["components"]!["schemas"]!["NgoDto"]!["properties"]!.AsObject().Remove("slug");
        broken["components"]!["schemas"]!["NgoWriteRequest"]!["required"] = new JsonArray("email");
        var sort = broken["components"]!["schemas"]!["NgoListSort"]!["enum"]!.AsArray();
        sort.RemoveAt(sort.Count - 1);

        var breaks = ContractDiff.Breaking(released, broken);

        Assert.Contains(breaks, b => b.Contains("GET /api/v1/dataset: operation removed", StringComparison.Ordinal));
        Assert.Contains(breaks, b => b.StartsWith("GET /api/v1/ngos: parameter", StringComparison.Ordinal));
        Assert.Contains("schema NgoDto: property slug removed", breaks);
        Assert.Contains("schema NgoWriteRequest: member email now required", breaks);
        Assert.Contains(breaks, b => b.StartsWith("schema NgoListSort: enum value", StringComparison.Ordinal));
        Assert.Empty(ContractDiff.Breaking(released, released.DeepClone()));
    }
}
