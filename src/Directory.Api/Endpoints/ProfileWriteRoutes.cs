using Directory.Api.Auth;
using Directory.Api.Contracts;
using Directory.Api.ReferenceData;
using Directory.Api.Setup;
using Directory.Api.Writes;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Directory.Api.Endpoints;

/// <summary>
/// What the write routes of one kind of profile say in the contract: the operation names are
/// <c>Create{Name}</c>, <c>Replace{Name}</c> …, the summaries name <see cref="Noun"/>, and each operation
/// has its own description.
/// </summary>
/// <param name="Name">The resource in operation names: Ngo, Expert.</param>
/// <param name="Noun">The resource in summaries and texts: NGO, expert.</param>
/// <param name="IdOrSlug">The path parameter's description.</param>
public sealed record ProfileWriteTexts(string Name, string Noun, string IdOrSlug, string Create, string Replace, string Patch, string Archive, string History);

/// <summary>The write routes NGOs and experts share (create, replace, merge-patch, archive, history), through <see cref="ProfileWrites{TWriter, TEntity, TRequest, TDto}"/>.</summary>
internal static class ProfileWriteRoutes
{
    /// <summary>Maps the shared write routes on <paramref name="profiles"/> (the resource's group) and returns it for the routes only one kind has.</summary>
    public static RouteGroupBuilder MapProfileWrites<TWriter, TEntity, TRequest, TDto>(this RouteGroupBuilder profiles, ProfileWriteTexts texts)
        where TWriter : IProfileWriter<TEntity, TRequest, TDto>
        where TEntity : class, IDirectoryProfile
        where TRequest : class
        where TDto : class
    {
        ArgumentNullException.ThrowIfNull(texts);
        profiles.RequireAuthorization(Policies.Editor).RequireCors(SecuritySetup.WritesCorsPolicy).FollowedByReadModel()
            .WithMetadata(new ParameterText("idOrSlug", texts.IdOrSlug));

        profiles.MapPost("/", (HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
                ProfileWrites<TWriter, TEntity, TRequest, TDto>.CreateAsync(context, db, cache, json.Value.SerializerOptions, cancellationToken))
            .WithName($"Create{texts.Name}")
            .WithSummary($"Create an {texts.Noun} profile (editor)")
            .WithDescription(texts.Create)
            .Accepts<TRequest>("application/json")
            .Creates<TDto>();

        profiles.MapPut("/{idOrSlug}", (string idOrSlug, HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken) =>
                ProfileWrites<TWriter, TEntity, TRequest, TDto>.ReplaceAsync(idOrSlug, context, db, cache, cancellationToken))
            .WithName($"Replace{texts.Name}")
            .WithSummary($"Replace an {texts.Noun} profile (editor)")
            .WithDescription(texts.Replace)
            .Accepts<TRequest>("application/json")
            .WritesExisting<TDto>();

        profiles.MapPatch("/{idOrSlug}", (string idOrSlug, HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken) =>
                ProfileWrites<TWriter, TEntity, TRequest, TDto>.PatchAsync(idOrSlug, context, db, cache, cancellationToken))
            .WithName($"Patch{texts.Name}")
            .WithSummary($"Change some fields of an {texts.Noun} profile (editor)")
            .WithDescription(texts.Patch)
            .Accepts<TRequest>(WriteBody.MergePatchJson)
            .WritesExisting<TDto>();

        profiles.MapDelete("/{idOrSlug}", (string idOrSlug, HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken) =>
                ProfileWrites<TWriter, TEntity, TRequest, TDto>.ArchiveAsync(idOrSlug, context, db, cache, cancellationToken))
            .WithName($"Archive{texts.Name}")
            .WithSummary($"Archive an {texts.Noun} profile (editor)")
            .WithDescription(texts.Archive)
            .Produces(StatusCodes.Status204NoContent)
            .WritesExisting();

        profiles.MapGet("/{idOrSlug}/history", (string idOrSlug, DirectoryDbContext db, CancellationToken cancellationToken) =>
                ProfileWrites<TWriter, TEntity, TRequest, TDto>.HistoryAsync(idOrSlug, db, cancellationToken))
            .WithName($"Get{texts.Name}History")
            .WithSummary($"The change history of an {texts.Noun} profile (editor)")
            .WithDescription(texts.History)
            .Produces<IReadOnlyList<AuditEntryDto>>()
            .ReadsProtected();

        return profiles;
    }
}

/// <summary>A parameter's description in the contract, for a handler without XML documentation (a lambda); Setup/OpenApi/ParameterTextFilter.cs writes it.</summary>
public sealed record ParameterText(string Name, string Description);
