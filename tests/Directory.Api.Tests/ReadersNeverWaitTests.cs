using System.Data.Common;
using System.Net;
using Directory.Api.Tests.Infrastructure;
using Directory.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

/// <summary>
/// While the read model takes in a write, readers keep the snapshot they have and are answered at once;
/// the writer's answer waits until the write is in, so its next read shows it.
/// </summary>
public sealed class ReadersNeverWaitTests(ReadersNeverWaitTests.Fixture fixture) : IClassFixture<ReadersNeverWaitTests.Fixture>
{
    public sealed class Fixture : DirectoryApiFactory
    {
        public Gate Gate { get; } = new();

        protected override Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] Interceptors => [Gate];
    }

    /// <summary>Holds the read model's "what changed since" query while armed, as a slow rebuild would.</summary>
    public sealed class Gate : DbCommandInterceptor
    {
        private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Armed { get; set; }

        public TaskCompletionSource Entered { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _release.TrySetResult();

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Armed && command.CommandText.Contains("SELECT DISTINCT", StringComparison.Ordinal) && command.CommandText.Contains("AuditEntries", StringComparison.Ordinal))
            {
                Entered.TrySetResult();
                await _release.Task;
            }

            return result;
        }
    }

    [Fact]
    public async Task A_reader_is_answered_from_the_current_snapshot_while_a_write_is_taken_in()
    {
        await fixture.AddNgosAsync(new NgoSpec("Gaidīšanas biedrība") { Slug = "waiting", ShortName = "Vecais", Regions = ["riga"] });
        var reader = fixture.CreateClient();
        var editor = await fixture.CreateClientAsync(Role.Editor);
        await fixture.Services.GetRequiredService<Directory.Api.ReadModel.PublishedProfiles>().CatchUpAsync(TestContext.Current.CancellationToken);

        fixture.Gate.Armed = true;
        var write = WriteApiTests.SendAsync(editor, "PATCH /api/v1/ngos/waiting", new { shortName = "Jaunais" });
        await Task.WhenAny(fixture.Gate.Entered.Task, write).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.False(write.IsCompleted, write.IsCompleted ? await (await write).Content.ReadAsStringAsync(TestContext.Current.CancellationToken) : "");

        // Bounded only so that a reader stuck behind the writer fails the test instead of hanging it.
        var during = await reader.GetNgosAsync("q=gaidisanas").WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        Assert.False(write.IsCompleted, "the writer's answer came before its write was in the read model");
        Assert.Equal("Vecais", during.Items.Single().ShortName);

        fixture.Gate.Armed = false;
        fixture.Gate.Release();
        using var written = await write;
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.Equal("Jaunais", (await reader.GetNgosAsync("q=gaidisanas")).Items.Single().ShortName);
    }
}
