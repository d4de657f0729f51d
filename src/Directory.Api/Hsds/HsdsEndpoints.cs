using System.Text.Json;
using System.Text.Json.Nodes;
using Directory.Api.Insights;
using Directory.Api.Http;
using Directory.Api.Mapping;
using Directory.Api.Queries;
using Directory.Api.ReadModel;
using Directory.Api.Search;
using Directory.Api.ReferenceData;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Hsds;

/// <summary>
/// The directory as an Open Referral HSDS 3.1 API at /hsds: every path of HSDS's OpenAPI, with its query
/// parameters and paging object, read from the same published NGOs, search and rules as /api/v1.
/// Experts are not HSDS objects and are not here.
/// </summary>
public static class HsdsEndpoints
{
    private static readonly string[] ListMethods = [HttpMethods.Get, HttpMethods.Post];
    private static readonly ReadOnlyMemory<byte> NewLine = "\n"u8.ToArray();

    public static IEndpointRouteBuilder MapHsdsEndpoints(this IEndpointRouteBuilder app)
    {
        // Not part of v1's document: HSDS's own describes these (GET /hsds/openapi.json).
        var hsds = app.MapGroup("/hsds").WithTags("HSDS").ExcludeFromDescription().AnswerHead();
        hsds.MapGet("/", GetInfo).WithName("HsdsInfo").WithSummary("HSDS version, profile and OpenAPI document of this API");
        hsds.MapGet("/openapi.json", (HttpContext _) => TypedResults.Json(HsdsDocument.Served())).WithName("HsdsOpenApi").WithSummary("HSDS 3.1's OpenAPI document for this server");

        var ndjson = new StreamedResponse(request => request.Query["format"] == "ndjson");
        hsds.MapMethods("/services", ListMethods, ListServices).WithName("HsdsListServices").WithSummary("Services, one per published NGO").WithMetadata(ndjson).RequireRateLimiting(Setup.RateLimitSetup.ExportPolicy);
        hsds.MapGet("/services/{id}", GetService).WithName("HsdsGetService").WithSummary("A service, fully nested");
        hsds.MapMethods("/organizations", ListMethods, ListOrganizations).WithName("HsdsListOrganizations").WithSummary("Organizations: the published NGOs").WithMetadata(ndjson).RequireRateLimiting(Setup.RateLimitSetup.ExportPolicy);
        hsds.MapGet("/organizations/{id}", GetOrganization).WithName("HsdsGetOrganization").WithSummary("An organization, fully nested");
        hsds.MapMethods("/service_at_locations", ListMethods, ListServiceAtLocations).WithName("HsdsListServiceAtLocations").WithSummary("Each service at its NGO's registered address").WithMetadata(ndjson).RequireRateLimiting(Setup.RateLimitSetup.ExportPolicy);
        hsds.MapGet("/service_at_locations/{id}", GetServiceAtLocation).WithName("HsdsGetServiceAtLocation").WithSummary("A service at a location, fully nested");
        hsds.MapMethods("/taxonomies", ListMethods, ListTaxonomies).WithName("HsdsListTaxonomies").WithSummary("The support-area and target-group taxonomies").WithMetadata(ndjson).RequireRateLimiting(Setup.RateLimitSetup.ExportPolicy);
        hsds.MapGet("/taxonomies/{id}", GetTaxonomy).WithName("HsdsGetTaxonomy").WithSummary("A taxonomy");
        hsds.MapMethods("/taxonomy_terms", ListMethods, ListTaxonomyTerms).WithName("HsdsListTaxonomyTerms").WithSummary("Support areas and target groups as terms").WithMetadata(ndjson).RequireRateLimiting(Setup.RateLimitSetup.ExportPolicy);
        hsds.MapGet("/taxonomy_terms/{id}", GetTaxonomyTerm).WithName("HsdsGetTaxonomyTerm").WithSummary("A taxonomy term");
        return app;
    }

    internal static Results<JsonHttpResult<HsdsApiInfo>, ValidationProblem> GetInfo(HttpRequest request) =>
        Unknown("/", request) is { } invalid ? invalid
        : Json(new HsdsApiInfo(HsdsMapper.Version, new Uri("https://docs.openreferral.org/en/latest/hsds/"), new Uri(Origin(request), "hsds/openapi.json")));

    /// <summary>A 400 naming the parameters of <paramref name="path"/> when the request has others.</summary>
    private static ValidationProblem? Unknown(string path, HttpRequest request) =>
        HsdsQuery.Read(path, request) is { IsValid: false } query ? Problems.InvalidQuery(query.Errors.ToDictionary()) : null;

    internal static Task<Results<JsonHttpResult<HsdsPage<JsonItem>>, EmptyHttpResult, ValidationProblem>> ListServices(
        HttpContext context, PublishedProfiles published, ReferenceDataCache cache, ProfileCache listed, SearchInsights insights, CancellationToken cancellationToken) =>
        ListNgosAsync("/services", context, published, cache.Current, listed, insights, (mapper, query, p) =>
            query.Flag("minimal")
                ? new HsdsService(HsdsIds.Service(p.Id), p.Id, p.Unpack().Name, "active") { LastModified = DateTime.SpecifyKind(p.UpdatedAt, DateTimeKind.Utc) }
                : mapper.Service(p.Unpack(), p.Links, full: query.Flag("full"), withOrganization: query.Flag("full")), cancellationToken);

    internal static Task<Results<JsonHttpResult<HsdsPage<JsonItem>>, EmptyHttpResult, ValidationProblem>> ListOrganizations(
        HttpContext context, PublishedProfiles published, ReferenceDataCache cache, ProfileCache listed, SearchInsights insights, CancellationToken cancellationToken) =>
        ListNgosAsync("/organizations", context, published, cache.Current, listed, insights, (mapper, query, p) =>
            mapper.Organization(p.Unpack(), p.Links, full: query.Flag("full") || query.Flag("full_service"), fullServices: query.Flag("full_service")), cancellationToken);

    internal static Task<Results<JsonHttpResult<HsdsPage<JsonItem>>, EmptyHttpResult, ValidationProblem>> ListServiceAtLocations(
        HttpContext context, PublishedProfiles published, ReferenceDataCache cache, ProfileCache listed, SearchInsights insights, CancellationToken cancellationToken) =>
        ListNgosAsync("/service_at_locations", context, published, cache.Current, listed, insights, (mapper, query, p) =>
            mapper.ServiceAtLocation(p.Unpack(), p.Links, full: query.Flag("full")), cancellationToken);

    internal static async Task<Results<JsonHttpResult<HsdsService>, ProblemHttpResult, ValidationProblem>> GetService(
        string id, DirectoryDbContext db, PublishedProfiles published, ReferenceDataCache cache, HttpRequest request, CancellationToken cancellationToken)
    {
        if (Unknown("/services/{id}", request) is { } invalid)
        {
            return invalid;
        }

        var ngo = Guid.TryParse(id, out var service) ? await LoadAsync(HsdsIds.NgoOfService(service), db, published, cancellationToken) : null;
        if (ngo is not { } found)
        {
            return Problems.NotFound($"No service has the id '{id}'.");
        }

        var metadata = await MetadataAsync(request, db, found.Row.Id, service, "service", cancellationToken);
        return Json(new HsdsMapper(cache.Current, Origin(request)).Service(found.Row, found.Links, full: true, withOrganization: true, metadata));
    }

    internal static async Task<Results<JsonHttpResult<HsdsOrganization>, ProblemHttpResult, ValidationProblem>> GetOrganization(
        string id, DirectoryDbContext db, PublishedProfiles published, ReferenceDataCache cache, HttpRequest request, CancellationToken cancellationToken)
    {
        var query = HsdsQuery.Read("/organizations/{id}", request);
        var fullServices = query.Flag("full_service");
        if (!query.IsValid)
        {
            return Problems.InvalidQuery(query.Errors.ToDictionary());
        }

        if ((Guid.TryParse(id, out var organization) ? await LoadAsync(organization, db, published, cancellationToken) : null) is not { } found)
        {
            return Problems.NotFound($"No organization has the id '{id}'.");
        }

        var metadata = await MetadataAsync(request, db, organization, organization, "organization", cancellationToken);
        return Json(new HsdsMapper(cache.Current, Origin(request)).Organization(found.Row, found.Links, full: true, fullServices, metadata));
    }

    internal static async Task<Results<JsonHttpResult<HsdsServiceAtLocation>, ProblemHttpResult, ValidationProblem>> GetServiceAtLocation(
        string id, DirectoryDbContext db, PublishedProfiles published, ReferenceDataCache cache, HttpRequest request, CancellationToken cancellationToken)
    {
        if (Unknown("/service_at_locations/{id}", request) is { } invalid)
        {
            return invalid;
        }

        var ngo = Guid.TryParse(id, out var at) ? await LoadAsync(HsdsIds.NgoOfServiceAtLocation(at), db, published, cancellationToken) : null;
        return ngo is { } found
            ? Json(new HsdsMapper(cache.Current, Origin(request)).ServiceAtLocation(found.Row, found.Links, full: true))
            : Problems.NotFound($"No service at location has the id '{id}'.");
    }

    internal static Task<Results<JsonHttpResult<HsdsPage<HsdsTaxonomy>>, EmptyHttpResult, ValidationProblem>> ListTaxonomies(
        HttpContext context, ReferenceDataCache cache, CancellationToken cancellationToken)
    {
        var query = HsdsQuery.Read("/taxonomies", context.Request);
        var all = new HsdsMapper(cache.Current, Origin(context.Request)).Taxonomies().Where(t => Matches(query.Text("search"), t.Name, t.Description)).ToList();
        return PageAsync(query, all, context.Response, cancellationToken);
    }

    internal static Results<JsonHttpResult<HsdsTaxonomy>, ProblemHttpResult, ValidationProblem> GetTaxonomy(string id, HttpRequest request, ReferenceDataCache cache) =>
        Item("/taxonomies/{id}", id, request, new HsdsMapper(cache.Current, Origin(request)).Taxonomies(), t => t.Id, "taxonomy");

    internal static Task<Results<JsonHttpResult<HsdsPage<HsdsTaxonomyTerm>>, EmptyHttpResult, ValidationProblem>> ListTaxonomyTerms(
        HttpContext context, ReferenceDataCache cache, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var query = HsdsQuery.Read("/taxonomy_terms", request);
        var (taxonomy, parent, topOnly) = (query.Id("taxonomy_id"), query.Id("parent_id"), query.Flag("top_only"));
        var all = new HsdsMapper(cache.Current, Origin(request)).Terms()
            .Where(t => (taxonomy is null || t.TaxonomyId == taxonomy) && (parent is null || t.ParentId == parent) && (!topOnly || t.ParentId is null)
                && Matches(query.Text("search"), t.Name, t.Description, t.Code))
            .ToList();
        return PageAsync(query, all, context.Response, cancellationToken);
    }

    internal static Results<JsonHttpResult<HsdsTaxonomyTerm>, ProblemHttpResult, ValidationProblem> GetTaxonomyTerm(string id, HttpRequest request, ReferenceDataCache cache) =>
        Item("/taxonomy_terms/{id}", id, request, new HsdsMapper(cache.Current, Origin(request)).Terms(), t => t.Id, "taxonomy term");

    /// <summary>One of a list held whole, by id.</summary>
    private static Results<JsonHttpResult<T>, ProblemHttpResult, ValidationProblem> Item<T>(
        string path, string id, HttpRequest request, IEnumerable<T> all, Func<T, Guid> idOf, string what) =>
        Unknown(path, request) is { } invalid ? invalid
        : Guid.TryParse(id, out var wanted) && all.FirstOrDefault(t => idOf(t) == wanted) is { } found ? Json(found)
        : Problems.NotFound($"No {what} has the id '{id}'.");

    /// <summary>
    /// One page (or, with format=ndjson, all) of the published NGOs the query selects, as <typeparamref name="T"/>.
    /// A page's items are kept as JSON in the <see cref="ProfileCache"/> like v1's listed profiles; an ndjson
    /// answer (every NGO) is written afresh, so as not to push the hot pages' items out.
    /// </summary>
    private static async Task<Results<JsonHttpResult<HsdsPage<JsonItem>>, EmptyHttpResult, ValidationProblem>> ListNgosAsync<T>(
        string path, HttpContext context, PublishedProfiles published, ReferenceDataCache.Snapshot reference, ProfileCache listed, SearchInsights insights,
        Func<HsdsMapper, HsdsQuery, IndexedProfile<NgoRow>, T> map, CancellationToken cancellationToken)
    {
        var query = HsdsQuery.Read(path, context.Request);
        var origin = Origin(context.Request);
        var mapper = new HsdsMapper(reference, origin);
        var filter = query.NgoFilter(reference, mapper);
        var organization = query.Id("organization_id");
        var postcode = Postcode(query.Text("postcode"));
        // Read now (a malformed flag is a 400 before any item); with the origin, all that shapes an item besides its data.
        var variant = $"{path} {query.Flag("full")} {query.Flag("minimal")} {query.Flag("full_service")} {origin}";
        if (filter is null || !query.IsValid)
        {
            return Problems.InvalidQuery(query.Errors.ToDictionary());
        }

        var ngos = (await published.CurrentAsync(cancellationToken)).Ngos;
        var (answered, matched, outcome) = ngos.Answer(filter);
        if (!query.Ndjson)
        {
            insights.Count(context, "ngo", context.Request.Query["search"], filter, outcome);
        }

        var ordered = ngos.Ordered(matched, answered);
        var total = matched.Count;
        if (organization is not null || postcode is not null)
        {
            // A postcode is covered by the NGOs registered there and by those working nationwide.
            var narrowed = ordered.Where(p => (organization is null || p.Id == organization) && (postcode is null || p.Nationwide || Postcode(p.PostalCode) == postcode)).ToList();
            (ordered, total) = (narrowed, narrowed.Count);
        }

        if (query.Ndjson)
        {
            await WriteNdjsonAsync(context.Response, ordered.Select(p => map(mapper, query, p)), cancellationToken);
            return TypedResults.Empty;
        }

        var items = ordered.Skip(filter.Skip).Take(filter.PageSize)
            .Select(p => new JsonItem(listed.JsonOf(p.Id, p.Version, reference, variant, () => JsonSerializer.SerializeToUtf8Bytes(map(mapper, query, p), HsdsJson.Options))))
            .ToList();
        return Json(PageOf(items, total, filter.Page, filter.PageSize) with { Search = Contracts.SearchReport.Of(outcome) });
    }

    /// <summary>A page (or, with format=ndjson, all) of a list held whole: the taxonomies and their terms.</summary>
    private static async Task<Results<JsonHttpResult<HsdsPage<T>>, EmptyHttpResult, ValidationProblem>> PageAsync<T>(
        HsdsQuery query, List<T> all, HttpResponse response, CancellationToken cancellationToken)
    {
        var (page, size) = query.Paging();
        if (!query.IsValid)
        {
            return Problems.InvalidQuery(query.Errors.ToDictionary());
        }

        if (query.Ndjson)
        {
            await WriteNdjsonAsync(response, all, cancellationToken);
            return TypedResults.Empty;
        }

        return Json(PageOf([.. all.Skip((page - 1) * size).Take(size)], all.Count, page, size));
    }

    private static HsdsPage<T> PageOf<T>(List<T> items, int total, int page, int size)
    {
        var pages = (total + size - 1) / size;
        return new HsdsPage<T>(total, pages, page, items.Count, page == 1, page >= pages, items.Count == 0, items);
    }

    private static async Task WriteNdjsonAsync<T>(HttpResponse response, IEnumerable<T> items, CancellationToken cancellationToken)
    {
        response.ContentType = "application/x-ndjson; charset=utf-8";
        foreach (var item in items)
        {
            await JsonSerializer.SerializeAsync(response.Body, item, HsdsJson.Options, cancellationToken);
            await response.Body.WriteAsync(NewLine, cancellationToken);
        }
    }

    /// <summary>A published NGO with its links: from the database, or from the read model while the database is away.</summary>
    private static async Task<(NgoRow Row, ProfileLinks Links)?> LoadAsync(Guid ngo, DirectoryDbContext db, PublishedProfiles published, CancellationToken cancellationToken)
    {
        var id = ngo.ToString();
        var (row, kept) = await PublishedProfiles.LoadOrKeptAsync(
            () => NgoQueries.Rows(NgoQueries.ByIdOrSlug(db, id)).FirstOrDefaultAsync(cancellationToken), published.LastGood?.Ngos, id);
        if (kept is not null)
        {
            return (kept.Unpack(), kept.Links);
        }

        return row is null ? null : (row, ProfileLinks.From(await NgoQueries.Links(db, [row.Id]).ToListAsync(cancellationToken)));
    }

    /// <summary>
    /// The public audit trail of an NGO, a field change a record (the actor is not published). While the
    /// database is away the item is served from the read model without it, as every other item read is.
    /// </summary>
    private static async Task<List<HsdsMetadata>> MetadataAsync(HttpRequest request, DirectoryDbContext db, Guid ngo, Guid resource, string resourceType, CancellationToken cancellationToken)
    {
        List<AuditEntry> entries;
        try
        {
            entries = await Writes.History.Query(db, "ngo", ngo).Where(a => a.Public).ToListAsync(cancellationToken);
        }
        catch (Exception e) when (DatabaseFailures.IsStorageFailure(e))
        {
            DatabaseFailures.ResetConnections();
            ResponseCache.DoNotStore(request.HttpContext); // the next request, the database back, gets the history
            return [];
        }

        return [.. Writes.History.Public(entries).SelectMany(e => Changes(e.Changes).Select(change => new HsdsMetadata(
            HsdsIds.Of(resource, "metadata", e.Entry.Id, change.Field), resource, resourceType, DateTime.SpecifyKind(e.Entry.At, DateTimeKind.Utc),
            e.Entry.Action.ToString().ToLowerInvariant(), change.Field, change.Before, change.After, "LBLT")))];
    }

    private static IEnumerable<(string Field, string Before, string After)> Changes(IReadOnlyDictionary<string, Contracts.FieldChange>? changes) =>
        changes is null
            ? [("*", "", "")] // created or erased as a whole
            : changes.Select(c => (c.Key, Text(c.Value.Before), Text(c.Value.After)));

    private static string Text(JsonElement? value) => value switch
    {
        null or { ValueKind: JsonValueKind.Null } => "",
        { ValueKind: JsonValueKind.String } text => text.GetString() ?? "",
        { } other => other.GetRawText(),
    };

    private static bool Matches(string? search, params string[] texts)
    {
        var words = LatvianText.Fold(search).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = string.Join(' ', texts.Select(LatvianText.Fold));
        return words.All(w => folded.Contains(w, StringComparison.Ordinal));
    }

    private static string? Postcode(string? postcode) =>
        postcode is null ? null : LatvianText.Fold(postcode).Replace(" ", "", StringComparison.Ordinal).Replace("lv", "", StringComparison.Ordinal);

    private static JsonHttpResult<T> Json<T>(T value) => TypedResults.Json(value, HsdsJson.Options);

    private static Uri Origin(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
