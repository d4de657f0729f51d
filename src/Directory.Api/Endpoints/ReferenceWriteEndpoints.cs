using Directory.Infrastructure.Configurations;
using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using AutoMapper;
using Directory.Api.Auth;
using Directory.Api.Contracts;
using Directory.Api.Http;
using Directory.Api.ReferenceData;
using Directory.Api.Setup;
using Directory.Api.Writes;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Endpoints;

/// <summary>Admins maintain the vocabularies: support areas and target groups, and the names of regions.</summary>
public static partial class ReferenceWriteEndpoints
{
    public static IEndpointRouteBuilder MapReferenceWriteEndpoints(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/").RequireAuthorization(Policies.Admin).RequireCors(SecuritySetup.WritesCorsPolicy).FollowedByReadModel();

        admin.MapPut("/support-areas/{code}", PutSupportArea).WithTags("SupportAreas")
            .WithName("PutSupportArea")
            .WithSummary("Create or rename a support area (admin)")
            .WithDescription("Codes are stable public identifiers: choose them once. A support area may have a parent that is itself a top-level area.")
            .Accepts<ReferenceWriteRequest>("application/json")
            .Produces<SupportAreaDto>()
            .AdminWrite();

        admin.MapDelete("/support-areas/{code}", DeleteSupportArea).WithTags("SupportAreas")
            .WithName("DeleteSupportArea")
            .WithSummary("Delete an unused support area (admin)")
            .WithDescription("Refused with 409 while profiles or child areas use it.")
            .Produces(StatusCodes.Status204NoContent)
            .AdminWrite();

        admin.MapPut("/target-groups/{code}", PutTargetGroup).WithTags("TargetGroups")
            .WithName("PutTargetGroup")
            .WithSummary("Create or rename a target group (admin)")
            .WithDescription("Codes are stable public identifiers: choose them once.")
            .Accepts<ReferenceWriteRequest>("application/json")
            .Produces<TargetGroupDto>()
            .AdminWrite();

        admin.MapDelete("/target-groups/{code}", DeleteTargetGroup).WithTags("TargetGroups")
            .WithName("DeleteTargetGroup")
            .WithSummary("Delete an unused target group (admin)")
            .WithDescription("Refused with 409 while profiles use it.")
            .Produces(StatusCodes.Status204NoContent)
            .AdminWrite();

        admin.MapPut("/regions/{code}", RenameRegion).WithTags("Regions")
            .WithName("RenameRegion")
            .WithSummary("Rename a region (admin)")
            .WithDescription("Regions follow the official ATVK classifier and come with the seed data; only their Latvian and English names can be edited here.")
            .Accepts<ReferenceWriteRequest>("application/json")
            .Produces<RegionDto>()
            .AdminWrite();

        return api;
    }

    /// <param name="code">The support area's code, e.g. foster-care.</param>
    internal static async Task<Results<Ok<SupportAreaDto>, ValidationProblem>> PutSupportArea(
        string code, HttpRequest request, DirectoryDbContext db, ReferenceDataCache cache, IMapper mapper, CancellationToken cancellationToken)
    {
        var (body, validation) = await ReadAsync(request, code);
        var area = await db.SupportAreas.FirstOrDefaultAsync(a => a.Code == code, cancellationToken);
        SupportArea? parent = null;
        if (body?.ParentCode is { } parentCode)
        {
            parent = await db.SupportAreas.FirstOrDefaultAsync(a => a.Code == parentCode, cancellationToken);
            if (parent is null || parent.ParentId is not null || parent.Code == code || (area is not null && await db.SupportAreas.AnyAsync(a => a.ParentId == area.Id, cancellationToken)))
            {
                validation.Add("parentCode", "Must be the code of another top-level support area (areas nest one level).");
            }
        }

        if (body is null || !validation.IsValid)
        {
            return Problems.InvalidBody(validation.Errors, "support area");
        }

        area ??= db.SupportAreas.Add(new SupportArea { Code = code, NameLv = "", NameEn = "", Position = await db.SupportAreas.CountAsync(cancellationToken) }).Entity;
        area.NameLv = body.NameLv!.Trim();
        area.NameEn = body.NameEn!.Trim();
        area.Parent = parent;
        area.ParentId = parent?.Id;
        await db.SaveChangesAsync(cancellationToken);
        await cache.ReloadAsync(db, cancellationToken);
        return TypedResults.Ok(mapper.Map<SupportAreaDto>(cache.Current.FindSupportArea(code)));
    }

    /// <param name="code">The support area's code.</param>
    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteSupportArea(string code, DirectoryDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken)
    {
        var area = await db.SupportAreas.FirstOrDefaultAsync(a => a.Code == code, cancellationToken);
        if (area is null)
        {
            return Problems.NotFound($"No support area has the code '{code}'.");
        }

        if (await db.NgoSupportAreas.AnyAsync(l => l.SupportAreaId == area.Id, cancellationToken)
            || await db.ExpertSupportAreas.AnyAsync(l => l.SupportAreaId == area.Id, cancellationToken)
            || await db.SupportAreas.AnyAsync(a => a.ParentId == area.Id, cancellationToken))
        {
            return InUse(code);
        }

        db.SupportAreas.Remove(area);
        await db.SaveChangesAsync(cancellationToken);
        await cache.ReloadAsync(db, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <param name="code">The target group's code, e.g. age-0-6.</param>
    internal static async Task<Results<Ok<TargetGroupDto>, ValidationProblem>> PutTargetGroup(
        string code, HttpRequest request, DirectoryDbContext db, ReferenceDataCache cache, IMapper mapper, CancellationToken cancellationToken)
    {
        var (body, validation) = await ReadAsync(request, code);
        if (body?.ParentCode is not null)
        {
            validation.Add("parentCode", "Target groups do not nest.");
        }

        if (body is null || !validation.IsValid)
        {
            return Problems.InvalidBody(validation.Errors, "target group");
        }

        var group = await db.TargetGroups.FirstOrDefaultAsync(g => g.Code == code, cancellationToken)
            ?? db.TargetGroups.Add(new TargetGroup { Code = code, NameLv = "", NameEn = "", Position = await db.TargetGroups.CountAsync(cancellationToken) }).Entity;
        group.NameLv = body.NameLv!.Trim();
        group.NameEn = body.NameEn!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        await cache.ReloadAsync(db, cancellationToken);
        return TypedResults.Ok(mapper.Map<TargetGroupDto>(cache.Current.FindTargetGroup(code)));
    }

    /// <param name="code">The target group's code.</param>
    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteTargetGroup(string code, DirectoryDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken)
    {
        var group = await db.TargetGroups.FirstOrDefaultAsync(g => g.Code == code, cancellationToken);
        if (group is null)
        {
            return Problems.NotFound($"No target group has the code '{code}'.");
        }

        if (await db.NgoTargetGroups.AnyAsync(l => l.TargetGroupId == group.Id, cancellationToken))
        {
            return InUse(code);
        }

        db.TargetGroups.Remove(group);
        await db.SaveChangesAsync(cancellationToken);
        await cache.ReloadAsync(db, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <param name="code">Planning-region slug or municipality ATVK code.</param>
    internal static async Task<Results<Ok<RegionDto>, ValidationProblem, ProblemHttpResult>> RenameRegion(
        string code, HttpRequest request, DirectoryDbContext db, ReferenceDataCache cache, IMapper mapper, CancellationToken cancellationToken)
    {
        var region = await db.Regions.FirstOrDefaultAsync(r => r.Code == code, cancellationToken);
        if (region is null)
        {
            return Problems.NotFound($"No region has the code '{code}'. Regions come from the ATVK classifier and cannot be added here.");
        }

        var (body, validation) = await ReadAsync(request, code);
        if (body?.ParentCode is not null)
        {
            validation.Add("parentCode", "The region hierarchy follows the classifier and cannot be changed here.");
        }

        if (body is null || !validation.IsValid)
        {
            return Problems.InvalidBody(validation.Errors, "region name");
        }

        region.NameLv = body.NameLv!.Trim();
        region.NameEn = body.NameEn!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        await cache.ReloadAsync(db, cancellationToken);
        return TypedResults.Ok(mapper.Map<RegionDto>(cache.Current.FindRegion(code)));
    }

    private static async Task<(ReferenceWriteRequest? Body, WriteValidation Validation)> ReadAsync(HttpRequest request, string code)
    {
        var validation = new WriteValidation(ReferenceDataCache.Snapshot.Empty);
        if (code.Length > 60 || !CodePattern().IsMatch(code))
        {
            validation.Add("code", "Lower-case letters, digits and single hyphens, at most 60 characters.");
        }

        var (body, errors) = await WriteBody.ReadAsync<ReferenceWriteRequest>(request);
        foreach (var (field, messages) in errors ?? [])
        {
            foreach (var message in messages)
            {
                validation.Add(field, message);
            }
        }

        validation.Required("nameLv", body?.NameLv);
        validation.Required("nameEn", body?.NameEn);
        return (body, validation);
    }

    private static ProblemHttpResult InUse(string code) => TypedResults.Problem(
        $"'{code}' is still used by profiles or child areas; move them first.", statusCode: StatusCodes.Status409Conflict, title: "In use");

    private static RouteHandlerBuilder AdminWrite(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ReadsProtected();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}

/// <summary>A support area, target group or region name change.</summary>
/// <param name="NameLv">Latvian name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="ParentCode">Support areas only: the code of the parent area, or null for a top-level area.</param>
[Microsoft.Extensions.Validation.ValidatableType]
public sealed record ReferenceWriteRequest([property: Validation.Text(120)] string? NameLv, [property: Validation.Text(120)] string? NameEn, [property: MaxLength(ProfileLimits.Slug)] string? ParentCode = null);
