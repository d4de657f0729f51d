using System.ComponentModel.DataAnnotations;
using Directory.Api.Contracts;
using Directory.Api.Dataset;
using Directory.Api.Http;
using Directory.Api.Queries;
using Directory.Api.ReadModel;
using Directory.Api.ReferenceData;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Directory.Api.Endpoints;

/// <summary>The dataset's description for open-data portals: DCAT-AP as JSON-LD or Turtle, and v1's plain JSON.</summary>
public static class DatasetEndpoints
{
    public const string JsonLd = "application/ld+json";
    public const string Turtle = "text/turtle";

    public static IEndpointRouteBuilder MapDatasetEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/dataset", GetDataset)
            .WithTags("Dataset")
            .WithName("GetDataset")
            .WithSummary("The dataset's description: DCAT-AP (JSON-LD or Turtle) for open-data portals")
            .WithDescription(
                "Accept: application/ld+json (or format=jsonld) gives a DCAT-AP record in JSON-LD, text/turtle (or format=turtle) the same "
                + "record in Turtle: bilingual title and description, publisher, licence, contact point, theme, keywords, last modification "
                + "and a distribution for each way to get the data (CSV and JSON exports, the HSDS API). Otherwise (application/json, format=json) "
                + "the v1 summary, kept for existing clients: its \"@context\" is not a JSON-LD context, so harvesters should ask for one of the first two.")
            // Only the JSON is in the contract's content: NSwag, given the Turtle and JSON-LD beside it, made
            // the C# client's method return a string. The other two are documented here and by format.
            .Produces<DatasetDto>();
        return api;
    }

    /// <param name="format">json, jsonld or turtle (default: what Accept asks for, else json).</param>
    internal static async Task<Results<Ok<DatasetDto>, ContentHttpResult, ValidationProblem>> GetDataset(
        [MaxLength(6)] string? format, HttpContext context, DirectoryDbContext db, PublishedProfiles published, ReferenceDataCache cache, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var chosen = format switch
        {
            null => FromAccept(request.Headers.Accept),
            "json" or "jsonld" or "turtle" => format,
            _ => null,
        };
        if (chosen is null)
        {
            return Problems.InvalidQuery(new Dictionary<string, string[]> { ["format"] = ["Must be json, jsonld or turtle."] });
        }

        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        var modified = new[]
        {
            await NgoQueries.Published(db).MaxAsync(n => (DateTime?)n.UpdatedAt, cancellationToken),
            (await published.CurrentAsync(cancellationToken)).LastPublicChange,
        }.Max();
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        if (chosen == "json")
        {
            return TypedResults.Ok(Summary(origin, modified));
        }

        var record = DcatRecord.Build(origin, modified, cache.Current.SupportAreas.Values);
        return chosen == "turtle"
            ? TypedResults.Text(RdfWriter.Turtle(record), $"{Turtle}; charset=utf-8")
            : TypedResults.Text(RdfWriter.JsonLd(record), $"{JsonLd}; charset=utf-8");
    }

    // The highest-quality media type we serve; ties go to the order the client listed them in.
    private static string FromAccept(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var types))
        {
            return "json";
        }

        foreach (var type in types.Where(t => t.Quality is not 0).OrderByDescending(t => t.Quality ?? 1))
        {
            if (type.MediaType.Equals(JsonLd, StringComparison.OrdinalIgnoreCase))
            {
                return "jsonld";
            }

            if (type.MediaType.Equals(Turtle, StringComparison.OrdinalIgnoreCase))
            {
                return "turtle";
            }

            if (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.MatchesAllTypes || type.MatchesAllSubTypes)
            {
                return "json";
            }
        }

        return "json";
    }

    private static DatasetDto Summary(string origin, DateTime? modified) => new(
        Context: "https://www.w3.org/ns/dcat",
        Type: "dcat:Dataset",
        Title: "Latvijas bērnu un ģimeņu atbalsta NVO datubāze / Directory of Latvian NGOs supporting children and families",
        Description: "Published profiles of NGOs that support children and families in Latvia, kept by Latvijas Bērnu labklājības tīkls (LBLT): regions, fields of support, target groups, languages and contacts.",
        Publisher: new DatasetPublisher("Latvijas Bērnu labklājības tīkls (LBLT)", new Uri(DcatRecord.PublisherHomepage)),
        License: new Uri(DcatRecord.License),
        Modified: modified,
        Language: Localization.SupportedLanguages,
        Spatial: "Latvija",
        Distribution:
        [
            new DatasetDistribution("CSV", new Uri($"{origin}/api/v1/ngos/export?format=csv"), "text/csv"),
            new DatasetDistribution("JSON", new Uri($"{origin}/api/v1/ngos/export?format=json"), "application/json"),
            new DatasetDistribution("Changes feed (JSON)", new Uri($"{origin}/api/v1/changes"), "application/json"),
            new DatasetDistribution("Open Referral HSDS 3.1 API", new Uri($"{origin}/hsds/"), "application/json"),
        ]);
}
