using Directory.Api.Search;

namespace SearchEngines;

/// <summary>What both engines answer for one query: how many profiles match every word, and the first page by relevance (positions).</summary>
internal interface IEngine
{
    string Name { get; }

    (int Total, int[] Top) Search(SearchQuery query, int size);
}
