using AutoMapper;
using Directory.Api.Contracts;
using Directory.Api.Http;
using Directory.Api.ReferenceData;
using Directory.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directory.Api.Endpoints;

/// <summary>Regions, support areas and target groups, served from the in-memory reference data.</summary>
public static class ReferenceEndpoints
{
    public static IEndpointRouteBuilder MapReferenceEndpoints(this IEndpointRouteBuilder api)
    {
        var regions = api.MapGroup("/regions").WithTags("Regions");
        regions.MapGet("/", ListRegions)
            .WithName("ListRegions")
            .WithDescription("Latvia's 5 planning regions in Latvian order, each with its municipalities (7 state cities and 35 novadi, ATVK 2021).")
            .WithSummary("List the planning regions with their municipalities")
            .Produces<IReadOnlyList<RegionDto>>();
        regions.MapGet("/{code}", GetRegion)
            .WithName("GetRegion")
            .WithDescription("A planning region is named by its slug (latgale); a municipality by its ATVK code (0001000) or slug (rezeknes-novads). The slug riga is the planning region; Rīga city is 0001000.")
            .WithSummary("Get a planning region (by slug) or a municipality (by ATVK code or slug)")
            .Produces<RegionDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var areas = api.MapGroup("/support-areas").WithTags("SupportAreas");
        areas.MapGet("/", ListSupportAreas)
            .WithName("ListSupportAreas")
            .WithDescription("Broad fields of support with their specific areas as children. Filtering by a parent also finds profiles in its children.")
            .WithSummary("List the support-area taxonomy as a tree")
            .Produces<IReadOnlyList<SupportAreaDto>>();
        areas.MapGet("/{code}", GetSupportArea)
            .WithName("GetSupportArea")
            .WithDescription("One support area by code, with its parent code and its children.")
            .WithSummary("Get a support area with its children")
            .Produces<SupportAreaDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGroup("/target-groups").WithTags("TargetGroups")
            .MapGet("/", ListTargetGroups)
            .WithName("ListTargetGroups")
            .WithDescription("Age bands and situations a profile serves, kept apart from the field of support.")
            .WithSummary("List the target groups")
            .Produces<IReadOnlyList<TargetGroupDto>>();

        return api;
    }

    internal static Ok<List<RegionDto>> ListRegions(ReferenceDataCache cache, IMapper mapper) =>
        TypedResults.Ok(mapper.Map<List<RegionDto>>(cache.Current.Regions.Values
            .Where(r => r.Kind == RegionKind.PlanningRegion)
            .OrderBy(r => LatvianText.SortKey(Localization.Name(r.NameLv, r.NameEn)), StringComparer.Ordinal)));

    /// <param name="code">Planning-region slug (latgale), municipality ATVK code (0006000) or municipality slug (rezeknes-novads).</param>
    internal static Results<Ok<RegionDto>, ProblemHttpResult> GetRegion(string code, ReferenceDataCache cache, IMapper mapper) =>
        cache.Current.FindRegion(code) is { } region
            ? TypedResults.Ok(mapper.Map<RegionDto>(region))
            : Problems.NotFound($"No region has the code '{code}'. Use a planning-region slug (e.g. latgale) or a municipality's ATVK code (e.g. 0001000).");

    internal static Ok<List<SupportAreaDto>> ListSupportAreas(ReferenceDataCache cache, IMapper mapper) =>
        TypedResults.Ok(mapper.Map<List<SupportAreaDto>>(cache.Current.SupportAreas.Values.Where(a => a.ParentId is null).OrderBy(a => a.Position)));

    /// <param name="code">Support-area code, e.g. foster-care.</param>
    internal static Results<Ok<SupportAreaDto>, ProblemHttpResult> GetSupportArea(string code, ReferenceDataCache cache, IMapper mapper) =>
        cache.Current.FindSupportArea(code) is { } area
            ? TypedResults.Ok(mapper.Map<SupportAreaDto>(area))
            : Problems.NotFound($"No support area has the code '{code}'.");

    internal static Ok<List<TargetGroupDto>> ListTargetGroups(ReferenceDataCache cache, IMapper mapper) =>
        TypedResults.Ok(mapper.Map<List<TargetGroupDto>>(cache.Current.TargetGroups.Values.OrderBy(g => g.Position)));
}
