using Directory.Api.ReadModel;
using Directory.Api.Search;

namespace SearchEngines;

/// <summary>The API's own word index and ranking (<see cref="WordIndex"/>, <see cref="ProfileSearch"/>), the taxonomy left out on both sides.</summary>
internal sealed class HandBuiltEngine(IReadOnlyList<SearchText[]> profiles) : IEngine
{
    private readonly ProfileSearch _search = new(profiles.Count, new WordIndex([.. profiles.Select(SearchKeys.Of)]), _ => new PositionSet(profiles.Count));

    public string Name => "hand-built";

    public (int Total, int[] Top) Search(SearchQuery query, int size)
    {
        var matched = _search.Matching(query);
        return (matched.Count, [.. _search.ByRelevance(matched, query).Take(size)]);
    }
}
