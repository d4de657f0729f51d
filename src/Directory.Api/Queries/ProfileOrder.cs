using Directory.Domain;

namespace Directory.Api.Queries;

/// <summary>The orders NGO and expert lists share, always ending with the id so that pages never overlap.</summary>
public static class ProfileOrder
{
    public static IQueryable<T> Apply<T>(IQueryable<T> profiles, ProfileFilter filter)
        where T : class, IDirectoryProfile
    {
        ArgumentNullException.ThrowIfNull(filter);
        var phrase = filter.Phrase;
        return filter.Sort switch
        {
            ProfileSort.NameDescending => profiles.OrderByDescending(p => p.NameSortKey).ThenBy(p => p.Id),
            ProfileSort.Updated => profiles.OrderBy(p => p.UpdatedAt).ThenBy(p => p.Id),
            ProfileSort.UpdatedDescending => profiles.OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Id),
            // Names that start with, then contain, the query come first; then those matched in other text.
            ProfileSort.Relevance => profiles
                .OrderByDescending(p => p.NameFolded.StartsWith(phrase) ? 2 : p.NameFolded.Contains(phrase) ? 1 : 0)
                .ThenBy(p => p.NameSortKey).ThenBy(p => p.Id),
            _ => profiles.OrderBy(p => p.NameSortKey).ThenBy(p => p.Id),
        };
    }
}
