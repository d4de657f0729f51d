using Directory.Api.Contracts;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Directory.Api.Queries;

public static class Paging
{
    public static PagedResult<T> Result<T>(IReadOnlyList<T> items, ProfileFilter filter, int totalItems, HttpRequest request, SearchReport? search = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        // An empty result is one empty page: page 1 of 1, as its links say.
        var totalPages = Math.Max(1, (int)Math.Ceiling(totalItems / (double)filter.PageSize));
        var last = totalPages;
        var link = PageLink(request);
        var links = new PageLinks(
            Self: link(filter.Page),
            First: link(1),
            Prev: filter.Page > 1 ? link(Math.Min(filter.Page - 1, last)) : null,
            Next: filter.Page < totalPages ? link(filter.Page + 1) : null,
            Last: link(last));
        return new PagedResult<T>(items, filter.Page, filter.PageSize, totalItems, totalPages, links) { Search = search };
    }

    /// <summary>The request's own absolute URL with only the page changed, so every filter is kept.</summary>
    private static Func<int, Uri> PageLink(HttpRequest request)
    {
        var builder = new QueryBuilder();
        foreach (var (key, values) in QueryHelpers.ParseQuery(request.QueryString.Value).Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var value in values)
            {
                builder.Add(key, value ?? "");
            }
        }

        var prefix = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, builder.ToQueryString());
        var separator = prefix.Contains('?', StringComparison.Ordinal) ? "&page=" : "?page=";
        return page => new Uri(prefix + separator + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
