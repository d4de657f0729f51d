using Directory.Api.Auth;
using Directory.Api.Contracts;
using Directory.Api.Writes;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ExpertWrites = Directory.Api.Writes.ProfileWrites<Directory.Api.Writes.ExpertWriter, Directory.Domain.Expert, Directory.Api.Writes.ExpertWriteRequest, Directory.Api.Contracts.ExpertDto>;

namespace Directory.Api.Endpoints;

/// <summary>Editors keep expert profiles current; admins can erase a person (GDPR Art. 17).</summary>
public static class ExpertWriteEndpoints
{
    public static IEndpointRouteBuilder MapExpertWriteEndpoints(this IEndpointRouteBuilder api)
    {
        var experts = api.MapGroup("/experts").WithTags("Experts").MapProfileWrites<ExpertWriter, Expert, ExpertWriteRequest, ExpertDto>(new ProfileWriteTexts(
            Name: "Expert",
            Noun: "expert",
            IdOrSlug: "The expert's id (uuid) or slug.",
            Create: "Answers 201 with Location and ETag; Idempotency-Key makes a retry safe. Contacts are published only with contactConsent.",
            Replace: "Needs If-Match: 428 without it, 412 when someone changed the profile since.",
            Patch: "A JSON Merge Patch (RFC 7396); {\"contactConsent\":false} withdraws consent and hides the contacts at once. Needs If-Match.",
            Archive: "The profile leaves every public list; nothing is lost. Needs If-Match.",
            History: "Every change, oldest first, with who made it and each field before and after."));

        experts.MapDelete("/{idOrSlug}/personal-data", EraseExpert)
            .WithName("EraseExpert")
            .WithSummary("Erase an expert permanently (admin, GDPR Art. 17)")
            .WithDescription("Removes the person and every personal value from the history; only a tombstone without personal data remains.")
            .RequireAuthorization(Policies.Admin)
            .Produces(StatusCodes.Status204NoContent)
            .ReadsProtected();

        return api;
    }

    /// <param name="idOrSlug">The expert's id (uuid) or slug.</param>
    internal static async Task<Results<NoContent, ProblemHttpResult>> EraseExpert(
        string idOrSlug, HttpContext context, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var expert = await ExpertWriter.LoadAsync(db, idOrSlug, cancellationToken);
        if (expert is null)
        {
            return ExpertWrites.NotFound(idOrSlug);
        }

        var id = expert.Id;
        db.Experts.Remove(expert);
        var everPublic = expert.Status == PublicationStatus.Published;
        await db.AuditEntries.Where(a => a.EntityType == ExpertWriter.EntityType && a.EntityId == id)
            .ForEachAsync(a => (a.Changes, everPublic) = (null, everPublic || a.Public), cancellationToken);
        // A stored idempotent answer holds the profile as it was created.
        var location = $"/api/v1/experts/{id}";
        db.IdempotencyRecords.RemoveRange(await db.IdempotencyRecords.Where(r => r.Location != null && r.Location.EndsWith(location)).ToListAsync(cancellationToken));
        AuditTrail.Record(db, ExpertWriter.EntityType, id, AuditAction.Erase, context.User.Actor(), changes: null, isPublic: everPublic);
        await SecureErasure.SaveAsync(db, cancellationToken);
        return TypedResults.NoContent();
    }
}
