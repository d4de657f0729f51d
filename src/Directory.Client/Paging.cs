using System.Runtime.CompilerServices;

namespace Lblt.Directory.Client;

/// <summary>The filters of an NGO list, for <see cref="PagingExtensions.ListAllNgosAsync"/>.</summary>
public sealed record NgoFilter
{
    /// <summary>Words to find; case and diacritics do not matter.</summary>
    public string? Q { get; init; }
    /// <summary>Planning-region slugs or municipality ATVK codes.</summary>
    public IReadOnlyList<string>? Region { get; init; }
    /// <summary>Support-area codes; a parent matches its children.</summary>
    public IReadOnlyList<string>? SupportArea { get; init; }
    /// <summary>Target-group codes.</summary>
    public IReadOnlyList<string>? TargetGroup { get; init; }
    /// <summary>ISO 639 codes of the languages of service.</summary>
    public IReadOnlyList<string>? Language { get; init; }
    /// <summary>Only LBLT members (true) or non-members (false).</summary>
    public bool? Member { get; init; }
    /// <summary>Only profiles updated at or after this instant.</summary>
    public DateTimeOffset? UpdatedSince { get; init; }
    /// <summary>Order of the list.</summary>
    public NgoListSort? Sort { get; init; }
}

/// <summary>The filters of an expert list, for <see cref="PagingExtensions.ListAllExpertsAsync"/>.</summary>
public sealed record ExpertFilter
{
    /// <summary>Words to find; case and diacritics do not matter.</summary>
    public string? Q { get; init; }
    /// <summary>Support-area codes of the field of expertise; a parent matches its children.</summary>
    public IReadOnlyList<string>? Expertise { get; init; }
    /// <summary>Planning-region slugs or municipality ATVK codes.</summary>
    public IReadOnlyList<string>? Region { get; init; }
    /// <summary>ISO 639 codes of the languages of service.</summary>
    public IReadOnlyList<string>? Language { get; init; }
    /// <summary>Order of the list.</summary>
    public ExpertListSort? Sort { get; init; }
}

/// <summary>Helpers that page through a whole filtered list.</summary>
public static class PagingExtensions
{
    private const int PageSize = 100;

    /// <summary>Every NGO that matches the filter, page after page, in the list's order.</summary>
    public static async IAsyncEnumerable<NgoDto> ListAllNgosAsync(this INgosClient client, NgoFilter? filter = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        filter ??= new NgoFilter();
        for (var page = 1; ; page++)
        {
            var result = (await client.ListNgosAsync(
                sort: filter.Sort, page: page, pageSize: PageSize, q: filter.Q, region: filter.Region, supportArea: filter.SupportArea,
                targetGroup: filter.TargetGroup, language: filter.Language, member: filter.Member,
                updatedSince: filter.UpdatedSince?.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                cancellationToken: cancellationToken).ConfigureAwait(false)).Result;
            foreach (var ngo in result.Items)
            {
                yield return ngo;
            }

            if (page >= result.TotalPages)
            {
                yield break;
            }
        }
    }

    /// <summary>Every expert that matches the filter, page after page, in the list's order.</summary>
    public static async IAsyncEnumerable<ExpertDto> ListAllExpertsAsync(this IExpertsClient client, ExpertFilter? filter = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        filter ??= new ExpertFilter();
        for (var page = 1; ; page++)
        {
            var result = (await client.ListExpertsAsync(
                sort: filter.Sort, page: page, pageSize: PageSize, q: filter.Q, expertise: filter.Expertise, region: filter.Region,
                language: filter.Language, cancellationToken: cancellationToken).ConfigureAwait(false)).Result;
            foreach (var expert in result.Items)
            {
                yield return expert;
            }

            if (page >= result.TotalPages)
            {
                yield break;
            }
        }
    }
}
