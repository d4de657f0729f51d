using System.Text.Json.Serialization;

namespace Directory.Api.Contracts;

/// <summary>One page of a filtered list.</summary>
public sealed record PagedResult<T>(
    IReadOnlyList<T> Items,
    int Page,
    int PageSize,
    int TotalItems,
    int TotalPages,
    PageLinks Links);

/// <summary>Absolute links that keep every filter; prev and next are absent at the ends.</summary>
public sealed record PageLinks(
    Uri Self,
    Uri First,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Uri? Prev,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Uri? Next,
    Uri Last);
