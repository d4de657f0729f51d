using Directory.Api.Queries;
using Directory.Api.Writes;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Transfer;

/// <summary>
/// What an import needs from the database, looked up for all its rows at once, a few hundred keys a
/// query: the NGOs its rows match (by registration number, then slug or id), and who holds each slug and
/// registration number the rows would take. Row by row this was ten queries a row (11.5 s for 5,000).
/// Memory follows the file (at most the import size limit (25 MB)), not the directory.
/// </summary>
internal sealed class KnownNgos
{
    // A list is one JSON parameter on SQLite; on SQL Server each key is a parameter (at most 2,100).
    private const int KeysPerQuery = 1000;

    private readonly Dictionary<string, Ngo> _byNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Ngo> _bySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, Ngo> _byId = [];

    private KnownNgos(NgoKeyHolders holders) => Holders = holders;

    /// <summary>The holders of the slugs and numbers the rows take, as they are stored (as a single write checks them).</summary>
    public NgoKeyHolders Holders { get; }

    /// <summary>The stored NGO (tracked, with its links) that a row updates, or null for a new one.</summary>
    public Ngo? Match(NgoWriteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RegistrationNumber is { } number && _byNumber.TryGetValue(number, out var byNumber))
        {
            return byNumber;
        }

        return request.Slug switch
        {
            null => null,
            var idOrSlug when Guid.TryParse(idOrSlug, out var id) => _byId.GetValueOrDefault(id),
            var slug => _bySlug.GetValueOrDefault(slug),
        };
    }

    /// <summary>Lets go of the loaded NGOs once the import is done with them.</summary>
    public void Clear()
    {
        _byNumber.Clear();
        _bySlug.Clear();
        _byId.Clear();
    }

    public static async Task<KnownNgos> LoadAsync(DirectoryDbContext db, IReadOnlyList<NgoWriteRequest> requests, CancellationToken cancellationToken)
    {
        var slugHolders = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var numberHolders = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var known = new KnownNgos(NgoKeyHolders.Known(slugHolders, numberHolders));
        await db.Database.OpenConnectionAsync(cancellationToken);

        // Every NGO holding a number of the file is loaded here, so these are also the numbers' holders.
        var numbers = requests.Select(r => r.RegistrationNumber).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in numbers.Chunk(KeysPerQuery))
        {
            known.Add(await NgoQueries.ForWrite(db).Where(n => chunk.Contains(n.RegistrationNumber)).ToListAsync(cancellationToken));
        }

        foreach (var ngo in known._byNumber.Values)
        {
            numberHolders[ngo.RegistrationNumber] = ngo.Id;
        }

        // Rows not matched by number match by slug or id.
        var unmatched = requests.Where(r => r.RegistrationNumber is null || !known._byNumber.ContainsKey(r.RegistrationNumber)).ToList();
        var slugs = unmatched.Select(r => r.Slug).OfType<string>().Where(s => !Guid.TryParse(s, out _)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in slugs.Chunk(KeysPerQuery))
        {
            known.Add(await NgoQueries.ForWrite(db).Where(n => chunk.Contains(n.Slug)).ToListAsync(cancellationToken));
        }

        var ids = unmatched.Select(r => Guid.TryParse(r.Slug, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        foreach (var chunk in ids.Chunk(KeysPerQuery))
        {
            known.Add(await NgoQueries.ForWrite(db).Where(n => chunk.Contains(n.Id)).ToListAsync(cancellationToken));
        }

        // Holders as stored, as a single write checks them; rows of one file are checked against each other apart.
        var takenSlugs = requests.Select(r => WriteValidation.SlugOf(r.Slug, r.Name)).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in takenSlugs.Chunk(KeysPerQuery))
        {
            foreach (var holder in await db.Ngos.AsNoTracking().Where(n => chunk.Contains(n.Slug)).Select(n => new { n.Slug, n.Id }).ToListAsync(cancellationToken))
            {
                slugHolders[holder.Slug] = holder.Id;
            }
        }

        return known;
    }

    private void Add(List<Ngo> ngos)
    {
        foreach (var ngo in ngos)
        {
            _byNumber[ngo.RegistrationNumber] = ngo;
            _bySlug[ngo.Slug] = ngo;
            _byId[ngo.Id] = ngo;
        }
    }
}
