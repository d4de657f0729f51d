using Directory.Infrastructure.Configurations;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Directory.Api.Contracts;

/// <summary>A DCAT dataset description of the open data.</summary>
public sealed record DatasetDto(
    [property: JsonPropertyName("@context")] string Context,
    [property: JsonPropertyName("@type")] string Type,
    [property: MaxLength(ProfileLimits.Name)] string Title,
    string Description,
    DatasetPublisher Publisher,
    Uri License,
    DateTime? Modified,
    [property: MaxLength(ProfileLimits.ListItems), EachMaxLength(3)] IReadOnlyList<string> Language,
    string Spatial,
    [property: MaxLength(10)] IReadOnlyList<DatasetDistribution> Distribution);

public sealed record DatasetPublisher([property: MaxLength(ProfileLimits.Name)] string Name, [property: MaxLength(ProfileLimits.Url)] Uri Homepage);

/// <param name="Title">What the download is.</param>
/// <param name="DownloadUrl">Where to get it.</param>
/// <param name="MediaType">Its media type.</param>
public sealed record DatasetDistribution([property: MaxLength(ProfileLimits.Name)] string Title, [property: MaxLength(WireLimits.RequestLine)] Uri DownloadUrl, string MediaType);
