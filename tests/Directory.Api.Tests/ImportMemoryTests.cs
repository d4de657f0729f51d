using System.Net;
using System.Text;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;

namespace Directory.Api.Tests;

/// <summary>Runs alone, after the parallel classes: the test reads the process's own garbage collections.</summary>
[CollectionDefinition(nameof(AloneInTheProcess), DisableParallelization = true)]
public sealed class AloneInTheProcess;

/// <summary>
/// The full collection an import ends with is there to give its rows, entities and audit entries back. It
/// once ran where the import's objects were still reachable, so it kept them and moved them into the oldest
/// generation (~30 MB at 100,000 NGOs, resident until some later full collection).
/// </summary>
[Collection(nameof(AloneInTheProcess))]
public sealed class ImportMemoryTests(ImportMemoryTests.Fixture fixture) : IClassFixture<ImportMemoryTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public HttpClient Editor { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Editor = await CreateClientAsync(Role.Editor);
    }

    private const int Rows = 2000;

    [Fact]
    public async Task The_collection_after_an_import_keeps_none_of_the_imports_objects()
    {
        var before = GC.GetGCMemoryInfo(GCKind.FullBlocking).Index;
        var csv = Csv();
        using var content = new StringContent(csv, new UTF8Encoding(false), "text/csv");
        using (var response = await fixture.Editor.PostAsync("/api/v1/imports?dryRun=false", content, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var import = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        Assert.True(import.Index > before, "the import ended without a full collection");

        // The same collection again, now that nothing of the request can be reachable: what the import's
        // collection kept beyond this, it should have given back. The test server holds the request's body
        // until the request ends (~8 MB here); the rows, entities and audit entries are ~40 MB more (two
        // descriptions of 1,900 letters a row, in the request, the entity and the audit entry).
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var after = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var kept = import.PromotedBytes - after.PromotedBytes;
        var body = Encoding.UTF8.GetByteCount(csv);
        Assert.True(kept < body + 16_000_000, $"the import's collection kept {kept:N0} bytes more than the one after it ({import.PromotedBytes:N0} against {after.PromotedBytes:N0}; the body is {body:N0})");
    }

    private static string Csv()
    {
        const string header = "slug;name;shortName;legalForm;registrationNumber;descriptionLv;descriptionEn;registeredMunicipality;address;postalCode;nationwide;workAreas;supportAreas;targetGroups;languages;email;phone;website;socialLinks;isMember;status";
        var lines = new StringBuilder(header).Append("\r\n");
        for (var i = 0; i < Rows; i++)
        {
            var number = RegistrationNumber.Complete($"4700{i:000000}") ?? RegistrationNumber.Complete($"4701{i:000000}")!;
            var lv = string.Join(' ', Enumerable.Repeat($"Atbalsts ģimenēm {i}.", 110))[..1900];
            var en = string.Join(' ', Enumerable.Repeat($"Support for families {i}.", 110))[..1900];
            lines.AppendJoin(';', $"atmina-{i}", $"Biedrība atmiņai {i}", "", "association", number, lv, en, "Rēzekne", "Skolas iela 1", "LV-4601",
                "nē", "Latgale", "Krīzes atbalsts", "Vecāki", "lv", $"info{i}@atmina.example", "+37167000000", "", "", "nē", "published").Append("\r\n");
        }

        return lines.ToString();
    }
}
