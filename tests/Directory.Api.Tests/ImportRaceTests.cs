using System.Net;
using System.Text;
using System.Text.Json;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using static Directory.Api.Tests.WriteApiTests;

namespace Directory.Api.Tests;

/// <summary>
/// Imports run one at a time: the next is told to retry. An import that updates an NGO an editor changes at the same moment: the editor's change commits
/// between the import reading the NGO and writing it (simulated inside the import's transaction, so it is
/// rolled back with it). The import answers 409 and writes nothing. The audit saw a 500 in 2 of 10 real races.
/// </summary>
public sealed class ImportRaceTests(ImportRaceTests.Fixture fixture) : IClassFixture<ImportRaceTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory, IAsyncLifetime
    {
        public EditBeforeSave Race { get; } = new();

        public HoldNextQuery Hold { get; } = new();

        public HttpClient Editor { get; private set; } = null!;

        protected override IInterceptor[] Interceptors => [Race, Hold];

        public async ValueTask InitializeAsync() => Editor = await CreateClientAsync(Role.Editor);
    }

    /// <summary>Once armed, the next save that updates NGOs first raises their version, as a PATCH committing just then would.</summary>
    public sealed class EditBeforeSave : SaveChangesInterceptor
    {
        private int _armed;

        public void Arm() => Interlocked.Exchange(ref _armed, 1);

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(eventData);
            var updated = eventData.Context!.ChangeTracker.Entries<Ngo>().Where(e => e.State == EntityState.Modified).Select(e => e.Entity.Id).ToList();
            if (updated.Count > 0 && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                await eventData.Context.Set<Ngo>().Where(n => updated.Contains(n.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.Version, n => n.Version + 1), cancellationToken);
            }

            return await base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }

    /// <summary>Once armed, the next query of the NGOs waits until released: an import stays in the middle of its work.</summary>
    public sealed class HoldNextQuery : DbCommandInterceptor
    {
        private TaskCompletionSource? _held;
        private TaskCompletionSource? _release;

        public Task Arm(out TaskCompletionSource release)
        {
            _release = release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _held.Task;
        }

        public override async ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(command);
            if (command.CommandText.Contains("FROM \"Ngos\"", StringComparison.Ordinal) && Interlocked.Exchange(ref _held, null) is { } held)
            {
                held.SetResult();
                await _release!.Task;
            }

            return await base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    [Fact]
    public async Task An_import_while_another_is_running_is_told_to_retry()
    {
        string Csv() => "slug;name;legalForm;registrationNumber;descriptionLv;registeredMunicipality;address;postalCode;workAreas;supportAreas;languages\r\n"
            + $"{Unique.Slug("lena-imports")};Lēnā imports;association;{Unique.RegistrationNumber()};Atbalsts.;0006000;Skolas iela 1;LV-4601;Latgale;parenting;lv\r\n";
        var held = fixture.Hold.Arm(out var release);
        using var firstBody = new StringContent(Csv(), Encoding.UTF8, "text/csv");
        var first = fixture.Editor.PostAsync("/api/v1/imports?dryRun=true", firstBody, TestContext.Current.CancellationToken);
        await held.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken); // the first import is reading the NGOs it knows

        using var secondBody = new StringContent(Csv(), Encoding.UTF8, "text/csv");
        using var refused = await fixture.Editor.PostAsync("/api/v1/imports?dryRun=true", secondBody, TestContext.Current.CancellationToken);
        await AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        release.SetResult();
        using var done = await first;
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        using var thirdBody = new StringContent(Csv(), Encoding.UTF8, "text/csv");
        using var after = await fixture.Editor.PostAsync("/api/v1/imports?dryRun=true", thirdBody, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task An_import_racing_an_edit_of_the_same_ngo_is_a_409_and_writes_nothing()
    {
        var slug = Unique.Slug("imports-sacensiba");
        var (id, _) = await CreateAsync(fixture.Editor, slug, status: "published");
        var current = await fixture.Editor.GetJsonAsync<Contracts.NgoDto>($"/api/v1/ngos/{id}");
        var newcomer = ValidNgo(Unique.Slug("imports-jauna"), status: "published");
        var rows = new[] { ValidNgo(slug, status: "published") with { RegistrationNumber = current.RegistrationNumber, DescriptionLv = "No importa." }, newcomer };

        fixture.Race.Arm();
        using var content = new StringContent(JsonSerializer.Serialize(rows, ApiClient.Json), Encoding.UTF8, "application/json");
        using var response = await fixture.Editor.PostAsync("/api/v1/imports", content, TestContext.Current.CancellationToken);

        var problem = await AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("nothing was stored", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var after = await fixture.Editor.GetJsonAsync<Contracts.NgoDto>($"/api/v1/ngos/{id}");
        Assert.Equal(current.Description, after.Description);
        var (missing, _) = await fixture.Editor.GetProblemAsync($"/api/v1/ngos/{newcomer.Slug}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
