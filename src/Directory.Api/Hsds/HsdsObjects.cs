using System.Text.Json;
using System.Text.Json.Serialization;
using Directory.Api.Mapping;

namespace Directory.Api.Hsds;

// The HSDS 3.1 objects this directory serves, with the fields it has data for (docs/hsds-mapping.md).
// Written in snake_case with absent values left out: HSDS types its fields as strings, not nulls.

/// <summary>The answer of <c>GET /hsds/</c>.</summary>
public sealed record HsdsApiInfo(string Version, Uri Profile, Uri OpenapiUrl);

/// <summary>HSDS's paging object around one page of results.</summary>
public sealed record HsdsPage<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents)
{
    /// <summary>What the list did with <c>search</c>, as v1's lists say it (an extension of HSDS's page; absent without search).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Contracts.SearchReport? Search { get; init; }
}

public sealed record HsdsOrganization(Guid Id, string Name, string Description)
{
    public string? AlternateName { get; init; }
    public string? Email { get; init; }
    public Uri? Website { get; init; }
    public string? LegalStatus { get; init; }
    public Uri? Uri { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
    public IReadOnlyList<HsdsLocation>? Locations { get; init; }
    public IReadOnlyList<HsdsOrganizationIdentifier>? OrganizationIdentifiers { get; init; }
    public IReadOnlyList<HsdsService>? Services { get; init; }
    public IReadOnlyList<HsdsMetadata>? Metadata { get; init; }
}

public sealed record HsdsOrganizationIdentifier(Guid Id, Guid OrganizationId, string IdentifierScheme, string IdentifierType, string Identifier);

public sealed record HsdsService(Guid Id, Guid OrganizationId, string Name, string Status)
{
    public string? AlternateName { get; init; }
    public string? Description { get; init; }
    public Uri? Url { get; init; }
    public string? Email { get; init; }
    public DateTime? LastModified { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
    public IReadOnlyList<HsdsServiceArea>? ServiceAreas { get; init; }
    public IReadOnlyList<HsdsServiceAtLocation>? ServiceAtLocations { get; init; }
    public IReadOnlyList<HsdsLanguage>? Languages { get; init; }
    public HsdsOrganization? Organization { get; init; }
    public IReadOnlyList<HsdsAttribute>? Attributes { get; init; }
    public IReadOnlyList<HsdsMetadata>? Metadata { get; init; }
}

public sealed record HsdsServiceAtLocation(Guid Id, Guid ServiceId, Guid LocationId)
{
    public string? Description { get; init; }
    public HsdsLocation? Location { get; init; }
    public HsdsService? Service { get; init; }
}

public sealed record HsdsLocation(Guid Id, string LocationType, Guid OrganizationId, string Name)
{
    public IReadOnlyList<HsdsAddress>? Addresses { get; init; }
}

public sealed record HsdsAddress(Guid Id, Guid LocationId, [property: JsonPropertyName("address_1")] string Address1, string City, string StateProvince, string PostalCode, string Country, string AddressType);

public sealed record HsdsPhone(Guid Id, string Number)
{
    public Guid? OrganizationId { get; init; }
    public Guid? ServiceId { get; init; }
}

public sealed record HsdsServiceArea(Guid Id, Guid ServiceId, string Name, string Description);

public sealed record HsdsLanguage(Guid Id, Guid ServiceId, string Code);

public sealed record HsdsAttribute(Guid Id, Guid LinkId, Guid TaxonomyTermId, string LinkType, string LinkEntity, string Label)
{
    public HsdsTaxonomyTerm? TaxonomyTerm { get; init; }
}

public sealed record HsdsTaxonomy(Guid Id, string Name, string Description, Uri Uri, string Version);

public sealed record HsdsTaxonomyTerm(Guid Id, string Code, string Name, string Description, Guid TaxonomyId, string Taxonomy, string Language)
{
    public Guid? ParentId { get; init; }
    public Uri? TermUri { get; init; }
}

/// <summary>One change of one field, from the audit trail.</summary>
public sealed record HsdsMetadata(
    Guid Id, Guid ResourceId, string ResourceType, DateTime LastActionDate, string LastActionType, string FieldName, string PreviousValue, string ReplacementValue, string UpdatedBy);

public static class HsdsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = Http.JsonEncoding.Readable,
        TypeInfoResolver = HsdsJsonContext.Default,
    };
}

/// <summary>
/// The serializer's source-generated code for the HSDS objects (the same settings as <see cref="HsdsJson.Options"/>):
/// a page is written by generated code instead of reflection-built metadata and converters.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HsdsApiInfo))]
[JsonSerializable(typeof(HsdsPage<JsonItem>))]
[JsonSerializable(typeof(HsdsService))]
[JsonSerializable(typeof(HsdsOrganization))]
[JsonSerializable(typeof(HsdsServiceAtLocation))]
[JsonSerializable(typeof(HsdsPage<HsdsTaxonomy>))]
[JsonSerializable(typeof(HsdsPage<HsdsTaxonomyTerm>))]
internal sealed partial class HsdsJsonContext : JsonSerializerContext;
