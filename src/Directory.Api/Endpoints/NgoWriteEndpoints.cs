using Directory.Api.Contracts;
using Directory.Api.Writes;
using Directory.Domain;

namespace Directory.Api.Endpoints;

/// <summary>Editors keep NGO profiles current: create, replace, merge-patch, archive, and read the history.</summary>
public static class NgoWriteEndpoints
{
    public static IEndpointRouteBuilder MapNgoWriteEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/ngos").WithTags("Ngos").MapProfileWrites<NgoWriter, Ngo, NgoWriteRequest, NgoDto>(new ProfileWriteTexts(
            Name: "Ngo",
            Noun: "NGO",
            IdOrSlug: "The NGO's id (uuid) or slug.",
            Create: "Answers 201 with Location and ETag. With an Idempotency-Key header a retried request gets the first answer instead of a duplicate.",
            Replace: "Needs If-Match with the ETag the profile was read with: 428 without it, 412 when someone changed it since.",
            Patch: "A JSON Merge Patch (RFC 7396) of the writable profile; restore an archived profile with {\"status\":\"published\"}. Needs If-Match.",
            Archive: "The profile leaves every public list and nothing is lost; restore it with a PATCH of status. Needs If-Match.",
            History: "Every create, update and archive, oldest first, with who made it and each field before and after."));
        return api;
    }
}
