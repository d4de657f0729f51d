using System.Net;
using System.Net.Http.Json;
using System.Text;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;

namespace Directory.Api.Tests;

/// <summary>An erased expert's values leave the database files too: no copy in freed pages or in the write-ahead log.</summary>
public sealed class ErasureFileTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_an_erasure_no_database_file_holds_the_erased_values()
    {
        using var factory = new FileDatabaseFactory();
        var admin = await factory.CreateClientAsync(Role.Admin);
        const string marker = "Zzyzxerasedperson";
        using var created = await admin.PostAsJsonAsync("/api/v1/experts", WriteApiTests.ValidExpert($"{marker} Ozola", consent: true), Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        Assert.True(FilesContain(factory.Folder, marker), "the test must first see the values in the files");

        using var erased = await admin.DeleteAsync($"{location}/personal-data", Cancel);
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);

        Assert.False(FilesContain(factory.Folder, marker), "an erased value is still in a database file");
    }

    /// <summary>Whether the name appears, in any case, in any file of the database (main file, -wal, -shm).</summary>
    private static bool FilesContain(string folder, string value)
    {
        var needles = new[] { value, value.ToLowerInvariant(), value.ToUpperInvariant() }.Select(Encoding.UTF8.GetBytes).ToList();
        return System.IO.Directory.EnumerateFiles(folder, "directory.db*").Any(file =>
        {
            var bytes = File.ReadAllBytes(file);
            return needles.Any(n => bytes.AsSpan().IndexOf(n) >= 0);
        });
    }
}
