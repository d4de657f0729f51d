using Directory.Api.Mapping;
using Directory.Api.Queries;
using Directory.Api.ReadModel;
using Directory.Infrastructure;

namespace Directory.Api.Endpoints;

/// <summary>
/// What a resource gives the read flow NGOs and experts share (<see cref="ProfileReads{TReader, TRow, TDto}"/>):
/// <see cref="NgoReader"/> and <see cref="ExpertReader"/> implement it.
/// </summary>
internal interface IProfileReader<TRow, TDto>
    where TRow : class, IProfileRow, IPackedRow<TRow>
    where TDto : class
{
    /// <summary>What a 404 calls it.</summary>
    static abstract string Noun { get; }

    /// <summary>The resource's published profiles in a read-model snapshot.</summary>
    static abstract ProfileIndex<TRow> IndexOf(PublishedProfiles.Snapshot snapshot);

    /// <summary>The row of an id or slug; unpublished ones too when the flag (an editor asks) is set.</summary>
    static abstract IQueryable<TRow> Find(DirectoryDbContext db, string idOrSlug, bool includeUnpublished);

    /// <summary>The support areas, target groups and regions of these profiles.</summary>
    static abstract IQueryable<LinkRow> Links(DirectoryDbContext db, IReadOnlyCollection<Guid> ids);

    /// <summary>A list page's item, as JSON kept by the profile cache.</summary>
    static abstract JsonItem Listed(ProfileAssembler assembler, IndexedProfile<TRow> profile);

    /// <summary>One profile's DTO, from its row and links (read from the database, or kept while it is away).</summary>
    static abstract TDto Mapped(ProfileAssembler assembler, TRow row, ProfileLinks links);
}

/// <summary>The NGO side of the shared read flow.</summary>
internal sealed class NgoReader : IProfileReader<NgoRow, Contracts.NgoDto>
{
    private NgoReader()
    {
    }

    public static string Noun => "NGO";

    public static ProfileIndex<NgoRow> IndexOf(PublishedProfiles.Snapshot snapshot) => snapshot.Ngos;

    public static IQueryable<NgoRow> Find(DirectoryDbContext db, string idOrSlug, bool includeUnpublished) =>
        NgoQueries.Rows(NgoQueries.ByIdOrSlug(db, idOrSlug, includeUnpublished));

    public static IQueryable<LinkRow> Links(DirectoryDbContext db, IReadOnlyCollection<Guid> ids) => NgoQueries.Links(db, ids);

    public static JsonItem Listed(ProfileAssembler assembler, IndexedProfile<NgoRow> profile) => assembler.ListedNgo(profile);

    public static Contracts.NgoDto Mapped(ProfileAssembler assembler, NgoRow row, ProfileLinks links) => assembler.Ngo(row, links);
}

/// <summary>The expert side of the shared read flow.</summary>
internal sealed class ExpertReader : IProfileReader<ExpertRow, Contracts.ExpertDto>
{
    private ExpertReader()
    {
    }

    public static string Noun => "expert";

    public static ProfileIndex<ExpertRow> IndexOf(PublishedProfiles.Snapshot snapshot) => snapshot.Experts;

    public static IQueryable<ExpertRow> Find(DirectoryDbContext db, string idOrSlug, bool includeUnpublished) =>
        ExpertQueries.Rows(ExpertQueries.ByIdOrSlug(db, idOrSlug, includeUnpublished));

    public static IQueryable<LinkRow> Links(DirectoryDbContext db, IReadOnlyCollection<Guid> ids) => ExpertQueries.Links(db, ids);

    public static JsonItem Listed(ProfileAssembler assembler, IndexedProfile<ExpertRow> profile) => assembler.ListedExpert(profile);

    public static Contracts.ExpertDto Mapped(ProfileAssembler assembler, ExpertRow row, ProfileLinks links) => assembler.Expert(row, links);
}
