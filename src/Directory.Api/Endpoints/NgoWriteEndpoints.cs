using Directory.Api.Auth;
using Directory.Api.Contracts;
using Directory.Api.Mapping;
using Directory.Api.Queries;
using Directory.Api.ReferenceData;
using Directory.Api.Setup;
using Directory.Api.Writes;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NgoWrites = Directory.Api.Writes.ProfileWrites<Directory.Api.Writes.NgoWriter, Directory.Domain.Ngo, Directory.Api.Writes.NgoWriteRequest, Directory.Api.Contracts.NgoDto>;

namespace Directory.Api.Endpoints;

/// <summary>Editors keep NGO profiles current: create, replace, merge-patch, archive, and read the history.</summary>
public static class NgoWriteEndpoints
{
    public static IEndpointRouteBuilder MapNgoWriteEndpoints(this IEndpointRouteBuilder api)
    {
        var ngos = api.MapGroup("/ngos").WithTags("Ngos").RequireAuthorization(Policies.Editor).RequireCors(SecuritySetup.WritesCorsPolicy).FollowedByReadModel();

        ngos.MapPost("/", CreateNgo)
            .WithName("CreateNgo")
            .WithSummary("Create an NGO profile (editor)")
            .WithDescription("Answers 201 with Location and ETag. With an Idempotency-Key header a retried request gets the first answer instead of a duplicate.")
            .Accepts<NgoWriteRequest>("application/json")
            .Creates<NgoDto>();

        ngos.MapPut("/{idOrSlug}", ReplaceNgo)
            .WithName("ReplaceNgo")
            .WithSummary("Replace an NGO profile (editor)")
            .WithDescription("Needs If-Match with the ETag the profile was read with: 428 without it, 412 when someone changed it since.")
            .Accepts<NgoWriteRequest>("application/json")
            .WritesExisting<NgoDto>();

        ngos.MapPatch("/{idOrSlug}", PatchNgo)
            .WithName("PatchNgo")
            .WithSummary("Change some fields of an NGO profile (editor)")
            .WithDescription("A JSON Merge Patch (RFC 7396) of the writable profile; restore an archived profile with {\"status\":\"published\"}. Needs If-Match.")
            .Accepts<NgoWriteRequest>(WriteBody.MergePatchJson)
            .WritesExisting<NgoDto>();

        ngos.MapDelete("/{idOrSlug}", ArchiveNgo)
            .WithName("ArchiveNgo")
            .WithSummary("Archive an NGO profile (editor)")
            .WithDescription("The profile leaves every public list and nothing is lost; restore it with a PATCH of status. Needs If-Match.")
            .Produces(StatusCodes.Status204NoContent)
            .WritesExisting();

        ngos.MapGet("/{idOrSlug}/history", GetNgoHistory)
            .WithName("GetNgoHistory")
            .WithSummary("The change history of an NGO profile (editor)")
            .WithDescription("Every create, update and archive, oldest first, with who made it and each field before and after.")
            .Produces<IReadOnlyList<AuditEntryDto>>()
            .ReadsProtected();

        return api;
    }

    internal static Task<Results<Created<NgoDto>, ValidationProblem, ProblemHttpResult, IdempotentReplay>> CreateNgo(
        HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        NgoWrites.CreateAsync(context, db, cache, json.Value.SerializerOptions, cancellationToken);

    /// <param name="idOrSlug">The NGO's id (uuid) or slug.</param>
    internal static Task<Results<Ok<NgoDto>, ValidationProblem, ProblemHttpResult>> ReplaceNgo(
        string idOrSlug, HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken) =>
        NgoWrites.ReplaceAsync(idOrSlug, context, db, cache, cancellationToken);

    /// <param name="idOrSlug">The NGO's id (uuid) or slug.</param>
    internal static Task<Results<Ok<NgoDto>, ValidationProblem, ProblemHttpResult>> PatchNgo(
        string idOrSlug, HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken) =>
        NgoWrites.PatchAsync(idOrSlug, context, db, cache, cancellationToken);

    /// <param name="idOrSlug">The NGO's id (uuid) or slug.</param>
    internal static Task<Results<NoContent, ProblemHttpResult>> ArchiveNgo(
        string idOrSlug, HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken) =>
        NgoWrites.ArchiveAsync(idOrSlug, context, db, cache, cancellationToken);

    /// <param name="idOrSlug">The NGO's id (uuid) or slug.</param>
    internal static Task<Results<Ok<List<AuditEntryDto>>, ProblemHttpResult>> GetNgoHistory(
        string idOrSlug, DirectoryDbContext db, CancellationToken cancellationToken) =>
        NgoWrites.HistoryAsync(idOrSlug, db, cancellationToken);
}
