using Directory.Api.Auth;
using Directory.Api.Contracts;
using Directory.Api.Http;
using Directory.Api.ReferenceData;
using Directory.Api.Search;
using Directory.Api.Setup;
using Directory.Api.Transfer;
using Directory.Api.Writes;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Endpoints;

/// <summary>
/// The lead-in terms of support areas and target groups: read by anyone (they are in <c>/support-areas</c>
/// and <c>/target-groups</c> too), replaced by admins, one entry at a time as JSON or all at once as the CSV
/// a spreadsheet edits. Each replacement names the version it changes (If-Match), is audited, and raises
/// the reference version, so every instance searches with the new words on its next poll.
/// </summary>
public static class LeadInTermEndpoints
{
    public static IEndpointRouteBuilder MapLeadInTermEndpoints(this IEndpointRouteBuilder api)
    {
        MapEntry(api, LeadInKind.SupportArea, "SupportAreas", "SupportArea", GetSupportArea, PutSupportAreaAsync);
        MapEntry(api, LeadInKind.TargetGroup, "TargetGroups", "TargetGroup", GetTargetGroup, PutTargetGroupAsync);
        api.MapGet("/lead-in-terms", ExportAsync)
            .WithTags("SupportAreas")
            .WithName("ExportLeadInTerms")
            .WithSummary("Download every lead-in term as CSV, to edit in a spreadsheet")
            .WithDescription("One row per support area and target group; the terms of a language in one cell, separated by \"; \". Send the edited file back with PUT and the ETag of this download.")
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv");
        api.MapPut("/lead-in-terms", ImportAsync)
            .RequireAuthorization(Policies.Admin)
            .RequireCors(SecuritySetup.WritesCorsPolicy)
            .FollowedByReadModel()
            .WithTags("SupportAreas")
            .WithName("ImportLeadInTerms")
            .WithSummary("Replace lead-in terms from the CSV (admin)")
            .WithDescription("The rows given replace those entries' terms; entries without a row keep theirs. All or nothing: a fault on any line is a 400 naming it. Send If-Match with the ETag of the download you edited.")
            .Accepts(typeof(Stream), "text/csv")
            .WritesExisting<LeadInTermsImportReport>()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static void MapEntry(IEndpointRouteBuilder api, LeadInKind kind, string tag, string name, Delegate get, Delegate put)
    {
        api.MapGet($"/{kind.Path()}/{{code}}/lead-in-terms", get)
            .WithTags(tag)
            .WithName($"Get{name}LeadInTerms")
            .WithSummary($"Get a {kind.Noun()}'s lead-in terms, with the ETag to change them")
            .WithDescription($"The words people use for the {kind.Noun()} that are not its name; q finds its profiles by them.")
            .Produces<LeadInTermsDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut($"/{kind.Path()}/{{code}}/lead-in-terms", put)
            .RequireAuthorization(Policies.Admin)
            .RequireCors(SecuritySetup.WritesCorsPolicy)
            .FollowedByReadModel()
            .WithTags(tag)
            .WithName($"Put{name}LeadInTerms")
            .WithSummary($"Replace a {kind.Noun()}'s lead-in terms (admin)")
            .WithDescription("Send If-Match with the ETag of the terms you read. Each term is a word or a short phrase; a phrase of several words matches only whole, and every term matches in its word forms and with typos, as a name does. Search uses the new terms at once on this instance and on the others at their next poll.")
            .Accepts<LeadInTermsRequest>("application/json")
            .WritesExisting<LeadInTermsDto>();
    }

    /// <param name="code">The support area's code, e.g. mental-health.</param>
    internal static Results<Ok<LeadInTermsDto>, ProblemHttpResult> GetSupportArea(string code, ReferenceDataCache cache, HttpResponse response) =>
        Get(LeadInKind.SupportArea, code, cache, response);

    /// <param name="code">The target group's code, e.g. parents.</param>
    internal static Results<Ok<LeadInTermsDto>, ProblemHttpResult> GetTargetGroup(string code, ReferenceDataCache cache, HttpResponse response) =>
        Get(LeadInKind.TargetGroup, code, cache, response);

    /// <param name="code">The support area's code, e.g. mental-health.</param>
    internal static Task<Results<Ok<LeadInTermsDto>, ValidationProblem, ProblemHttpResult>> PutSupportAreaAsync(
        string code, HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken) =>
        PutAsync(LeadInKind.SupportArea, code, context, db, cache, cancellationToken);

    /// <param name="code">The target group's code, e.g. parents.</param>
    internal static Task<Results<Ok<LeadInTermsDto>, ValidationProblem, ProblemHttpResult>> PutTargetGroupAsync(
        string code, HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken) =>
        PutAsync(LeadInKind.TargetGroup, code, context, db, cache, cancellationToken);

    private static Results<Ok<LeadInTermsDto>, ProblemHttpResult> Get(LeadInKind kind, string code, ReferenceDataCache cache, HttpResponse response)
    {
        if (LeadInEntry.Find(cache.Current, kind, code) is not { } entry)
        {
            return Problems.NotFound($"No {kind.Noun()} has the code '{code}'.");
        }

        response.Headers.ETag = VersionTag.For(entry.Version, 0, "terms");
        return TypedResults.Ok(entry.Dto);
    }

    private static async Task<Results<Ok<LeadInTermsDto>, ValidationProblem, ProblemHttpResult>> PutAsync(
        LeadInKind kind, string code, HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken)
    {
        var entity = await LeadInEntry.LoadAsync(db, kind, code, cancellationToken);
        if (entity is null)
        {
            return Problems.NotFound($"No {kind.Noun()} has the code '{code}'.");
        }

        var (_, precondition) = Preconditions.IfMatch(context.Request, entity.Version);
        if (precondition is not null)
        {
            return precondition;
        }

        var (body, errors) = await WriteBody.ReadAsync<LeadInTermsRequest>(context.Request);
        if (body is null)
        {
            return Problems.InvalidBody(errors!, "list of lead-in terms");
        }

        var validation = new WriteValidation(ReferenceDataCache.Snapshot.Empty);
        var lv = LeadInTermRules.Checked(validation, "lv", body.Lv, TextLanguage.Latvian);
        var en = LeadInTermRules.Checked(validation, "en", body.En, TextLanguage.English);
        if (!validation.IsValid)
        {
            return Problems.InvalidBody(validation.Errors, "list of lead-in terms");
        }

        entity.Replace(db, lv!, en!, context.User.Actor());
        await db.SaveChangesAsync(cancellationToken);
        await cache.ReloadAsync(db, cancellationToken);
        var saved = LeadInEntry.Find(cache.Current, kind, code)!;
        context.Response.Headers.ETag = VersionTag.For(saved.Version, 0, "terms");
        return TypedResults.Ok(saved.Dto);
    }

    internal static async Task ExportAsync(ReferenceDataCache cache, HttpResponse response, CancellationToken cancellationToken)
    {
        var entries = LeadInEntry.All(cache.Current);
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = "attachment; filename=lead-in-terms.csv";
        response.Headers.ETag = VersionTag.For(LeadInEntry.VocabularyVersion(entries), 0, "terms");
        await LeadInTermsCsv.WriteAsync(response.Body, entries, cancellationToken);
    }

    internal static async Task<Results<Ok<LeadInTermsImportReport>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken)
    {
        if (context.Request.ContentType is not { } type || !type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem("Send the CSV as text/csv.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }

        var entities = await LeadInEntry.LoadAllAsync(db, cancellationToken);
        var (_, precondition) = Preconditions.IfMatch(context.Request, LeadInEntry.VocabularyVersion(entities));
        if (precondition is not null)
        {
            return precondition;
        }

        var (rows, errors) = await LeadInTermsCsv.ReadAsync(context.Request.Body, entities, cancellationToken);
        if (errors.Count > 0)
        {
            return Problems.InvalidBody(errors, "lead-in terms file");
        }

        var changed = 0;
        foreach (var (entity, lv, en) in rows)
        {
            changed += entity.Replace(db, lv, en, context.User.Actor()) ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        await cache.ReloadAsync(db, cancellationToken);
        context.Response.Headers.ETag = VersionTag.For(LeadInEntry.VocabularyVersion(LeadInEntry.All(cache.Current)), 0, "terms");
        return TypedResults.Ok(new LeadInTermsImportReport(rows.Count, changed));
    }
}
