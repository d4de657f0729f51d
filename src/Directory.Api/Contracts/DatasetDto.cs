using System.Text.Json.Serialization;

namespace Directory.Api.Contracts;

/// <summary>A DCAT dataset description of the open data.</summary>
public sealed record DatasetDto(
    [property: JsonPropertyName("@context")] string Context,
    [property: JsonPropertyName("@type")] string Type,
    string Title,
    string Description,
    DatasetPublisher Publisher,
    Uri License,
    DateTime? Modified,
    IReadOnlyList<string> Language,
    string Spatial,
    IReadOnlyList<DatasetDistribution> Distribution);

public sealed record DatasetPublisher(string Name, Uri Homepage);

/// <param name="Title">What the download is.</param>
/// <param name="DownloadUrl">Where to get it.</param>
/// <param name="MediaType">Its media type.</param>
public sealed record DatasetDistribution(string Title, Uri DownloadUrl, string MediaType);
