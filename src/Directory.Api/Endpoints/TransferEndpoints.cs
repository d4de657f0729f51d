using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Json;
using Directory.Api.Auth;
using Directory.Api.Contracts;
using Directory.Api.Http;
using Directory.Api.Mapping;
using Directory.Api.Queries;
using Directory.Api.ReadModel;
using Directory.Api.ReferenceData;
using Directory.Api.Setup;
using Directory.Api.Transfer;
using Directory.Api.Writes;
using Directory.Api.Validation;
using Directory.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Directory.Api.Endpoints;

/// <summary>Data in and out: bulk import (editor) and open-data export.</summary>
public static class TransferEndpoints
{
    public const int MaxImportBytes = 25_000_000;
    public static IEndpointRouteBuilder MapTransferEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/imports", ImportNgos)
            .WithTags("Imports")
            .WithName("ImportNgos")
            .WithSummary("Import NGOs from CSV or JSON (editor)")
            .WithDescription("CSV (UTF-8 with or without BOM, \",\" or \";\" separated, columns as in the README) or a JSON array in the write API's shape. Rows are matched by registration number, then slug, and created or updated; nothing is deleted. With dryRun=true nothing is written and the report says what would happen. A real run writes every row in one transaction, or nothing when any row is rejected (422 with the report). Imports run one at a time: one sent while another runs is a 429 with Retry-After.")
            .RequireAuthorization(Policies.Editor)
            .RequireCors(SecuritySetup.WritesCorsPolicy)
            .FollowedByReadModel()
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes))
            .Accepts(typeof(Stream), "text/csv", "application/json")
            .Produces<ImportReport>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/ngos/export", ExportNgos)
            .WithTags("Ngos")
            .WithName("ExportNgos")
            .WithSummary("Download every published NGO that matches the filters, as CSV or JSON")
            .WithDescription("Takes the list's filters. format=csv (or Accept: text/csv) gives the importer's columns, so an export imports unchanged; format=json an array of NGOs as the API shows them. Streamed, so any size downloads in constant memory. Rate-limited separately from reads.")
            .WithMetadata(new StreamedResponse())
            .RequireRateLimiting(RateLimitSetup.ExportPolicy)
            .Produces<Stream>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesValidationProblem();

        api.MapGet("/experts/export", ExportExperts)
            .WithTags("Experts")
            .WithName("ExportExperts")
            .WithSummary("Download every published expert that matches the filters, as CSV or JSON")
            .WithDescription("Takes the expert list's filters. Contact details are included only for experts who consented to publishing them. Streamed and rate-limited like the NGO export.")
            .WithMetadata(new StreamedResponse())
            .RequireRateLimiting(RateLimitSetup.ExportPolicy)
            .Produces<Stream>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesValidationProblem();

        return api;
    }

    /// <param name="dryRun">Validate and report without writing.</param>
    internal static async Task<Results<Ok<ImportReport>, ValidationProblem, ProblemHttpResult>> ImportNgos(
        bool? dryRun, HttpContext context, DirectoryDbContext db, ReferenceDataCache cache, WriteEffects effects, ImportGate gate, CancellationToken cancellationToken)
    {
        var mediaType = context.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("text/csv" or "application/json"))
        {
            return TypedResults.Problem("Send text/csv or application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }

        using var lease = gate.TryEnter();
        if (lease is null)
        {
            context.Response.Headers.RetryAfter = ImportGate.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                $"Another import is running; imports run one at a time. Retry after {ImportGate.RetryAfterSeconds} seconds.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "An import is running");
        }

        ImportReport report;
        try
        {
            // The body is parsed as it arrives: the file is never held whole.
            report = await new NgoImporter(db, cache.Current, context.RequestServices.GetRequiredService<DeclaredRules>(), context.User.Actor()).ImportAsync(context.Request.Body, mediaType == "application/json", dryRun ?? false, null, cancellationToken);
        }
        catch (ImportFormatException e) when (e.Field is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [e.Field] = [e.Message] }, title: "The file cannot be imported; nothing was written.");
        }
        catch (ImportFormatException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The file cannot be imported; nothing was written.");
        }

        if (report.Written)
        {
            await effects.FollowAsync(cancellationToken); // what the filter does after every write, here before the collection below (then a no-op)
        }

        ReleaseImportMemory(db);
        return report.DryRun || report.Written
            ? TypedResults.Ok(report)
            : TypedResults.Problem(
                $"{report.Rejected} of {report.Rows.Count} rows are invalid, so nothing was written. Fix them and import again.",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Some rows are invalid; nothing was written.",
                extensions: new Dictionary<string, object?> { ["report"] = report });
    }

    // An import holds every row, its entities and their audit entries for seconds, and a written one makes
    // the read model take thousands of changes in: all of it dies old (in the oldest generation), which the
    // GC does not look at again until much later allocation asks it to. At 100,000 NGOs a 5,000-row import
    // left ~100 MB of garbage resident while the live heap was what it had been before (bench: 450–498 MB
    // resident after the imports, 311–391 MB on every row before them). One full collection once the
    // import's objects are let go gives it back, at ~0.1 s an import.
    private static void ReleaseImportMemory(DirectoryDbContext db)
    {
        db.ChangeTracker.Clear();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <param name="format">csv or json (default: json, or csv when Accept asks for text/csv).</param>
    internal static async Task<Results<EmptyHttpResult, ValidationProblem>> ExportNgos(
        [AsParameters] NgoFilterParameters parameters, [WireEnum(typeof(ExportFileFormat)), MaxLength(6)] string? format, HttpContext context, PublishedProfiles published, ReferenceDataCache cache, ProfileAssembler assembler,
        DeclaredRules rules, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var reference = cache.Current;
        var filter = FilterParser.ForNgos(parameters, order: null, reference, rules, out var errors);
        var csv = ExportFormat.IsCsv(format, context.Request, errors);
        if (filter is null || errors.Count > 0)
        {
            return Problems.InvalidQuery(errors);
        }

        var ngos = (await published.CurrentAsync(cancellationToken)).Ngos;
        await ExportFormat.WriteAsync(
            context.Response, "ngos", csv, NgoCsv.Columns, ngos.Ordered(ngos.Match(filter), filter with { Sort = ProfileSort.Name }),
            ngo => NgoCsv.ToFields(NgoWriter.ToRequest(ngo.Unpack(), ngo.Links, reference)), ngo => assembler.Ngo(ngo.Unpack(), ngo.Links), json.Value.SerializerOptions, cancellationToken);
        return TypedResults.Empty;
    }

    private static readonly string[] ExpertColumns =
        ["slug", "name", "title", "affiliation", "bio", "nationwide", "regions", "expertise", "languages", "helpOffered", "availability", "availabilityNote", "email", "phone", "website"];

    /// <param name="format">csv or json (default: json, or csv when Accept asks for text/csv).</param>
    internal static async Task<Results<EmptyHttpResult, ValidationProblem>> ExportExperts(
        [AsParameters] ExpertFilterParameters parameters, [WireEnum(typeof(ExportFileFormat)), MaxLength(6)] string? format, HttpContext context, PublishedProfiles published, ReferenceDataCache cache, ProfileAssembler assembler,
        DeclaredRules rules, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var filter = FilterParser.ForExperts(parameters, order: null, cache.Current, rules, out var errors);
        var csv = ExportFormat.IsCsv(format, context.Request, errors);
        if (filter is null || errors.Count > 0)
        {
            return Problems.InvalidQuery(errors);
        }

        var experts = (await published.CurrentAsync(cancellationToken)).Experts;
        // The rows hold contacts only for consenting experts.
        await ExportFormat.WriteAsync(
            context.Response, "experts", csv, ExpertColumns, experts.Ordered(experts.Match(filter), filter with { Sort = ProfileSort.Name }).Select(e => assembler.Expert(e.Unpack(), e.Links)),
            e => [e.Slug, e.Name, e.Title, e.Affiliation ?? "", e.Bio, e.WorkArea.Nationwide ? "true" : "false",
                string.Join('|', e.WorkArea.Regions.Select(r => r.Code)), string.Join('|', e.Expertise.Select(a => a.Code)), string.Join('|', e.Languages),
                string.Join('|', e.HelpOffered), e.Availability.Status, e.Availability.Note ?? "", e.Contacts?.Email ?? "", e.Contacts?.Phone ?? "", e.Contacts?.Website?.ToString() ?? ""],
            e => e, json.Value.SerializerOptions, cancellationToken);
        return TypedResults.Empty;
    }
}

/// <summary>The formats of a download: <c>format=csv</c> or <c>format=json</c>.</summary>
public enum ExportFileFormat
{
    Csv,
    Json,
}

/// <summary>What both exports share: csv or json from the query or Accept, headers, and the opening bytes.</summary>
internal static class ExportFormat
{
    private static readonly string[] Values = [.. new WireEnumAttribute(typeof(ExportFileFormat)).Values];

    public static bool IsCsv(string? format, HttpRequest request, IDictionary<string, string[]> errors)
    {
        if (format is not null && !Values.Contains(format, StringComparer.Ordinal))
        {
            errors["format"] = ["Must be csv or json."];
        }

        return format == "csv" || (format is null && request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The one export loop: headers, then the items as CSV (a BOM for Excel, the header row, a row each,
    /// formula-safe) or as a JSON array written by the serializer from a stream of items. Constant memory
    /// whatever the size.
    /// </summary>
    public static async Task WriteAsync<TItem, TJson>(
        HttpResponse response, string what, bool csv, string[] columns, IEnumerable<TItem> items,
        Func<TItem, string[]> fields, Func<TItem, TJson> represent, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.ContentType = csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{NgoCsv.DatedFileName(what, csv ? "csv" : "json")}\"";
        if (!csv)
        {
            await JsonSerializer.SerializeAsync(response.Body, items.Select(represent).ToAsyncEnumerable(), json, cancellationToken);
            return;
        }

        await Csv.WriteAsync(response.Body, columns, items.Select(fields), cancellationToken);
    }
}
