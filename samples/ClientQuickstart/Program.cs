// Usage: ClientQuickstart <base URL> <editor API key>. Reads, writes and syncs as the READMEs show.
using System.Net;
using Lblt.Directory.Client;
using Microsoft.Extensions.DependencyInjection;

// System.IO.Directory stays usable beside the client (its namespace is Lblt.Directory.Client).
Console.WriteLine($"Working folder exists: {Directory.Exists(Environment.CurrentDirectory)}");
var baseUri = new Uri(args[0]);
var editorKey = args[1];

// README.md and the client's README: read.
using var services = new ServiceCollection().AddDirectoryClient(baseUri).BuildServiceProvider();
var ngos = services.GetRequiredService<INgosClient>();
await foreach (var ngo in ngos.ListAllNgosAsync(new NgoFilter { Region = ["latgale"], SupportArea = ["disabilities"] }))
    Console.WriteLine($"{ngo.Name} — {ngo.Contacts.Email}");

try { await ngos.GetNgoAsync("no-such-ngo"); }
catch (DirectoryProblemException e) when (e.Status == HttpStatusCode.NotFound) { Console.WriteLine(e.Detail); }

// README.md: write with an editor key — create, patch one field, read the history.
using var editorServices = new ServiceCollection().AddDirectoryClient(baseUri, apiKey: editorKey).BuildServiceProvider();
var editor = editorServices.GetRequiredService<INgosClient>();
var created = await editor.CreateNgoAsync(new NgoWriteRequest
{
    Name = "Cerību tilts Rēzeknē", LegalForm = LegalForm.Association, RegistrationNumber = "40008000225",
    DescriptionLv = "Atbalsts audžuģimenēm Latgalē.", RegisteredMunicipality = "0006000",
    Address = "Atbrīvošanas aleja 93", PostalCode = "LV-4601", WorkAreas = ["latgale"],
    SupportAreas = ["foster-care"], Languages = ["lv", "ltg"], Status = PublicationStatus.Published,
});
var slug = created.Result.Slug;
// A merge patch sends only what is set; If-Match is the ETag the create answered with.
var patched = (await editor.PatchNgoAsync(slug, created.ETag!, new NgoPatch { ShortName = "CT" })).Result;
foreach (var entry in (await editor.GetNgoHistoryAsync(slug)).Result)
    Console.WriteLine($"{entry.At:u} {entry.Actor} {entry.Action}: {string.Join(", ", entry.Changes?.Keys ?? [])}");

// The client's README: read again only when it changed (a 304 is an answer, not an exception).
var first = await ngos.GetNgoAsync(slug);
var again = await ngos.GetNgoAsync(slug, ifNoneMatch: first.ETag);
Console.WriteLine(again.NotModified ? $"{first.Result.Name} is unchanged ({first.ETag})" : $"{again.Result.Name} changed");

// README.md: keep a local copy in sync with the changes feed.
var changes = services.GetRequiredService<IChangesClient>();
var store = new InMemoryDirectoryStore();          // or your own IDirectoryStore
var cursor = await changes.SyncAsync(store, null);   // later: SyncAsync(store, cursor)
Console.WriteLine($"Synced {store.Ngos.Count} NGOs and {store.Experts.Count} experts up to {cursor}; {patched.ShortName} is version {patched.Version}.");
