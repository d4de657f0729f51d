// A municipal portal's page: every published NGO that works in one municipality in one field of support.
// Usage: dotnet run --project samples/MunicipalPortal -- [baseUrl] [municipality] [supportArea]
using System.Net;
using Lblt.Directory.Client;
using Microsoft.Extensions.DependencyInjection;

var baseUri = new Uri(args.ElementAtOrDefault(0) ?? "http://localhost:5080/");
var municipality = args.ElementAtOrDefault(1) ?? "0006000"; // Rēzekne
var supportArea = args.ElementAtOrDefault(2) ?? "disabilities";

using var services = new ServiceCollection().AddDirectoryClient(baseUri).BuildServiceProvider();
var regions = services.GetRequiredService<IRegionsClient>();
var ngos = services.GetRequiredService<INgosClient>();

try
{
    var place = (await regions.GetRegionAsync(municipality)).Result;
    Console.WriteLine($"NGOs working in {place.Name} ({supportArea}):");
    var count = 0;
    await foreach (var ngo in ngos.ListAllNgosAsync(new NgoFilter { Region = [municipality], SupportArea = [supportArea] }))
    {
        var where = ngo.WorkArea.Nationwide ? "visā Latvijā" : string.Join(", ", ngo.WorkArea.Regions.Select(r => r.Name));
        Console.WriteLine($"- {ngo.Name} · {where} · {ngo.Contacts.Email ?? ngo.Contacts.Phone ?? "-"}");
        count++;
    }

    Console.WriteLine($"{count} NGOs.");
    return 0;
}
catch (DirectoryProblemException problem) when (problem.Status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
{
    Console.Error.WriteLine(problem.Message);
    return 2;
}
catch (HttpRequestException e)
{
    Console.Error.WriteLine($"The directory at {baseUri} cannot be reached: {e.Message}");
    return 1;
}
