using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Directory.Api.Insights;
using Directory.Api.Auth;
using Directory.Api.Contracts;
using Directory.Api.Http;
using Directory.Api.Search;
using Directory.Api.Transfer;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Endpoints;

/// <summary>
/// What people searched for and did not find, for LBLT's staff: the queries of a period with how often
/// each was asked, answered nothing or answered only partly (<see cref="SearchInsights"/>). Admins only.
/// </summary>
public static class SearchInsightEndpoints
{
    public const int DefaultDays = 30;
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    private static readonly string[] CsvColumns = ["list", "query", "asked", "empty", "partial", "firstDay", "lastDay"];

    public static IEndpointRouteBuilder MapSearchInsightEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/search-insights", ListAsync)
            .RequireAuthorization(Policies.Admin)
            .WithTags("Search")
            .WithName("ListSearchInsights")
            .WithSummary("Queries people asked, and how often they found nothing (admin)")
            .WithDescription($"Counts per normalised query over a period (default the last {DefaultDays} days, UTC), most failed first with only=empty or only=partial, else most asked first. Kept {SearchInsights.RetentionDays} days. No address, key, user or time of day is kept, and no query that looks like an e-mail, a phone number or a personal code. format=csv (or Accept: text/csv) gives a spreadsheet. The README says how a failed query becomes a lead-in term.")
            .Produces<SearchInsightsDto>()
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    /// <param name="from">First day, yyyy-MM-dd (UTC); default 29 days before to.</param>
    /// <param name="to">Last day, yyyy-MM-dd (UTC); default today.</param>
    /// <param name="list">ngo or expert: one list's searches; both by default.</param>
    /// <param name="only">empty: queries that answered nothing at least once; partial: that answered only partly; all by default.</param>
    /// <param name="limit">Queries at most, 1–1000 (default 100).</param>
    /// <param name="format">json (default) or csv.</param>
    internal static async Task<Results<Ok<SearchInsightsDto>, EmptyHttpResult, ValidationProblem>> ListAsync(
        string? from, string? to, string? list, string? only, [System.ComponentModel.DataAnnotations.Range(1, MaxLimit)] int? limit, [WireEnum(typeof(ExportFileFormat)), MaxLength(6)] string? format, HttpContext context, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var last = Day("to", to, errors) ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var first = Day("from", from, errors) ?? last.AddDays(1 - DefaultDays);
        if (first > last)
        {
            errors["from"] = ["Must not be after to."];
        }

        if (list is not (null or "ngo" or "expert"))
        {
            errors["list"] = ["Must be ngo or expert."];
        }

        if (only is not (null or "empty" or "partial"))
        {
            errors["only"] = ["Must be empty or partial."];
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"Must be between 1 and {MaxLimit}."];
        }

        var csv = ExportFormat.IsCsv(format, context.Request, errors);
        if (errors.Count > 0)
        {
            return Problems.InvalidQuery(errors);
        }

        // Ordered as plain columns: a row's constructor cannot be ordered by in SQL.
        var rows = db.SearchInsights.AsNoTracking().Where(i => i.Day >= first && i.Day <= last && (list == null || i.List == list))
            .GroupBy(i => new { i.List, i.Query })
            .Select(g => new { g.Key.List, g.Key.Query, Asked = g.Sum(i => i.Asked), Empty = g.Sum(i => i.Empty), Partial = g.Sum(i => i.Partial), First = g.Min(i => i.Day), Last = g.Max(i => i.Day) });
        var ordered = only switch
        {
            "empty" => rows.Where(r => r.Empty > 0).OrderByDescending(r => r.Empty).ThenByDescending(r => r.Asked),
            "partial" => rows.Where(r => r.Partial > 0).OrderByDescending(r => r.Partial).ThenByDescending(r => r.Asked),
            _ => rows.OrderByDescending(r => r.Asked),
        };
        var found = (await ordered.ThenBy(r => r.Query).ThenBy(r => r.List).Take(limit ?? DefaultLimit).ToListAsync(cancellationToken))
            .ConvertAll(r => new SearchInsightRow(r.List, r.Query, r.Asked, r.Empty, r.Partial, r.First, r.Last));
        if (!csv)
        {
            return TypedResults.Ok(new SearchInsightsDto(first, last, found));
        }

        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=search-insights-{first:yyyy-MM-dd}-{last:yyyy-MM-dd}.csv";
        await Csv.WriteAsync(context.Response.Body, CsvColumns, found.Select(r => new[]
        {
            r.List, r.Query, Number(r.Asked), Number(r.Empty), Number(r.Partial), Date(r.FirstDay), Date(r.LastDay),
        }), cancellationToken);
        return TypedResults.Empty;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Day(string name, string? value, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors[name] = ["Must be a date, yyyy-MM-dd."];
        return null;
    }
}
