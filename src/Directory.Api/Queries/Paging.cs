using Directory.Api.Contracts;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Directory.Api.Queries;

public static class Paging
{
    public static PagedResult<T> Result<T>(IReadOnlyList<T> items, ProfileFilter filter, int totalItems, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        var totalPages = (int)Math.Ceiling(totalItems / (double)filter.PageSize);
        var last = Math.Max(totalPages, 1);
        var links = new PageLinks(
            Self: Link(request, filter.Page),
            First: Link(request, 1),
            Prev: filter.Page > 1 ? Link(request, Math.Min(filter.Page - 1, last)) : null,
            Next: filter.Page < totalPages ? Link(request, filter.Page + 1) : null,
            Last: Link(request, last));
        return new PagedResult<T>(items, filter.Page, filter.PageSize, totalItems, totalPages, links);
    }

    /// <summary>The request's own absolute URL with only the page changed, so every filter is kept.</summary>
    private static Uri Link(HttpRequest request, int page)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        var builder = new QueryBuilder();
        foreach (var (key, values) in query.Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var value in values)
            {
                builder.Add(key, value ?? "");
            }
        }

        builder.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new Uri(UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, builder.ToQueryString()));
    }
}
