using System.Globalization;
using System.Text;
using Directory.Api.ReadModel;
using Directory.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests.Search;

/// <summary>
/// How well <c>q</c> finds what people mean in their own words (<c>everyday-needs.tsv</c>, written from the
/// user's side before the lead-in terms), on the demo NGOs with every description blanked: the vocabulary,
/// not the demo texts, has to find them. The relevant NGOs of a query are those the <c>supportArea</c>
/// filter (and, for a query naming a place, the <c>region</c> filter) gives. Recall at 20 is the share of
/// the relevant NGOs (up to 20) among the first 20 answers; precision at 20 the share of those answers that
/// are relevant. The README states the figures this test prints.
/// </summary>
public sealed class EverydaySearchEvaluationTests(BlankDescriptionsFactory factory, ITestOutputHelper output) : IClassFixture<BlankDescriptionsFactory>
{
    public const double MinimumRecall = 0.9;

    private readonly HttpClient _client = factory.CreateClient();

    public static IReadOnlyList<EverydayQuery> Queries { get; } = [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Search", "everyday-needs.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t'))
        .Select(c => new EverydayQuery(c[0], c[1], c[2].Length == 0 ? null : c[2], c[3]))];

    [Fact]
    public void The_set_has_a_hundred_queries_for_every_support_area()
    {
        Assert.True(Queries.Count >= 100, $"{Queries.Count} queries");
        Assert.Empty(Directory.Infrastructure.Seed.ReferenceCatalog.SupportAreas.Select(a => a.Code).Except(Queries.Select(q => q.Area)));
        Assert.Equal(Queries.Count, Queries.DistinctBy(q => q.Query.ToUpperInvariant()).Count());
    }

    [Fact]
    public async Task Everyday_words_find_the_ngos_people_mean_with_descriptions_blanked()
    {
        var report = new StringBuilder();
        var recalls = new List<double>();
        var precisions = new List<double>();
        var empty = new List<string>();
        foreach (var query in Queries)
        {
            var filter = $"supportArea={query.Area}" + (query.Region is { } region ? $"&region={region}" : "");
            var relevant = (await _client.GetAllNgosAsync(filter)).Select(n => n.Id).ToHashSet();
            var top = (await _client.GetNgosAsync($"q={Uri.EscapeDataString(query.Query)}&pageSize=20")).Items.Select(n => n.Id).ToList();
            var found = top.Count(relevant.Contains);
            var recall = found / (double)Math.Min(20, relevant.Count);
            var precision = top.Count == 0 ? 0 : found / (double)top.Count;
            recalls.Add(recall);
            precisions.Add(precision);
            if (top.Count == 0)
            {
                empty.Add(query.Query);
            }

            if (recall < 1 || precision < 0.5)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  {query.Area} \"{query.Query}\": recall {recall:0.00}, precision {precision:0.00} ({found} of {Math.Min(20, relevant.Count)}, {top.Count} answered)");
            }
        }

        var meanRecall = recalls.Average();
        output.WriteLine(FormattableString.Invariant(
            $"{recalls.Count} everyday queries, descriptions blanked: recall@20 {meanRecall:0.000}, precision@20 {precisions.Average():0.000}, {empty.Count} answering nothing"));
        output.WriteLine(report.ToString());
        Assert.True(meanRecall >= MinimumRecall && empty.Count == 0,
            FormattableString.Invariant($"recall@20 {meanRecall:0.000} (at least {MinimumRecall}); answering nothing: {string.Join(", ", empty)}\n{report}"));
    }
}

public sealed record EverydayQuery(string Query, string Area, string? Region, string Kind);

/// <summary>The demo directory with every NGO's description blanked, as a vocabulary test needs it.</summary>
public sealed class BlankDescriptionsFactory : DirectoryApiFactory, IAsyncLifetime
{
    protected override bool? SeedDemoData => true;

    public async ValueTask InitializeAsync()
    {
        await WithDbAsync(db => db.Ngos.ExecuteUpdateAsync(s => s.SetProperty(n => n.DescriptionLv, "").SetProperty(n => n.DescriptionEn, (string?)null)));
        await Services.GetRequiredService<PublishedProfiles>().ReloadAsync(CancellationToken.None);
    }
}
