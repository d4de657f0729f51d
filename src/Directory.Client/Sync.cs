namespace Lblt.Directory.Client;

/// <summary>A local copy of the published directory that <see cref="SyncExtensions.SyncAsync"/> keeps current.</summary>
public interface IDirectoryStore
{
    /// <summary>Adds or replaces a published NGO.</summary>
    Task UpsertNgoAsync(NgoDto ngo, CancellationToken cancellationToken);

    /// <summary>Removes an NGO that is not public any more (a no-op when it is not there).</summary>
    Task RemoveNgoAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Adds or replaces a published expert.</summary>
    Task UpsertExpertAsync(ExpertDto expert, CancellationToken cancellationToken);

    /// <summary>Removes an expert that is not public any more or was erased.</summary>
    Task RemoveExpertAsync(Guid id, CancellationToken cancellationToken);
}

/// <summary>A store in memory, for small portals and tests.</summary>
public sealed class InMemoryDirectoryStore : IDirectoryStore
{
    private readonly Dictionary<Guid, NgoDto> _ngos = [];
    private readonly Dictionary<Guid, ExpertDto> _experts = [];

    /// <summary>The published NGOs, by id.</summary>
    public IReadOnlyDictionary<Guid, NgoDto> Ngos => _ngos;

    /// <summary>The published experts, by id.</summary>
    public IReadOnlyDictionary<Guid, ExpertDto> Experts => _experts;

    /// <inheritdoc />
    public Task UpsertNgoAsync(NgoDto ngo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ngo);
        _ngos[ngo.Id] = ngo;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemoveNgoAsync(Guid id, CancellationToken cancellationToken)
    {
        _ngos.Remove(id);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task UpsertExpertAsync(ExpertDto expert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expert);
        _experts[expert.Id] = expert;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemoveExpertAsync(Guid id, CancellationToken cancellationToken)
    {
        _experts.Remove(id);
        return Task.CompletedTask;
    }
}

/// <summary>Keeps a local copy in sync from the changes feed.</summary>
public static class SyncExtensions
{
    /// <summary>
    /// Applies every change after <paramref name="cursor"/> (null: from the start) to the store, page
    /// after page, and returns the cursor to start from next time. A 400 problem on the cursor means
    /// the copy must be rebuilt from the start.
    /// </summary>
    public static async Task<string> SyncAsync(this IChangesClient client, IDirectoryStore store, string? cursor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(store);
        while (true)
        {
            var page = (await client.ListChangesAsync(cursor, 1000, cancellationToken: cancellationToken).ConfigureAwait(false)).Result;
            foreach (var change in page.Items)
            {
                await ApplyAsync(store, change, cancellationToken).ConfigureAwait(false);
            }

            cursor = page.NextCursor;
            if (!page.HasMore)
            {
                return cursor;
            }
        }
    }

    private static Task ApplyAsync(IDirectoryStore store, ChangeDto change, CancellationToken cancellationToken) => change.ResourceType switch
    {
        "ngo" when change.Ngo is { } ngo => store.UpsertNgoAsync(ngo, cancellationToken),
        "ngo" => store.RemoveNgoAsync(change.Id, cancellationToken),
        "expert" when change.Expert is { } expert => store.UpsertExpertAsync(expert, cancellationToken),
        "expert" => store.RemoveExpertAsync(change.Id, cancellationToken),
        _ => Task.CompletedTask,
    };
}
