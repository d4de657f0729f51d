using Directory.Api.ReferenceData;
using Directory.Infrastructure;

namespace Directory.Api.Writes;

/// <summary>
/// What a resource gives the write flow NGOs and experts share (<see cref="ProfileWrites{TWriter, TEntity, TRequest, TDto}"/>):
/// <see cref="NgoWriter"/> and <see cref="ExpertWriter"/> implement it, so "go to implementation" on a call in
/// the flow lands on the resource's own code.
/// </summary>
public interface IProfileWriter<TEntity, TRequest, TDto>
    where TEntity : class, Domain.IDirectoryProfile
    where TRequest : class
    where TDto : class
{
    /// <summary>The audit trail's and the feed's name for the resource (<c>ngo</c>, <c>expert</c>).</summary>
    static abstract string EntityType { get; }

    /// <summary>What a 404 calls it.</summary>
    static abstract string Noun { get; }

    /// <summary>The profile with this id or slug, tracked, whatever its status.</summary>
    static abstract Task<TEntity?> LoadAsync(DirectoryDbContext db, string idOrSlug, CancellationToken cancellationToken);

    /// <summary>An empty profile that <see cref="ApplyAsync"/> fills.</summary>
    static abstract TEntity New(Guid id, DateTime now);

    /// <summary>The profile as a write request: what PATCH merges into and the audit trail compares.</summary>
    static abstract TRequest ToRequest(TEntity entity, ReferenceDataCache.Snapshot reference);

    /// <summary>Applies the request when it is valid; otherwise returns the errors and leaves the profile alone.</summary>
    static abstract Task<Dictionary<string, string[]>> ApplyAsync(DirectoryDbContext db, TRequest request, TEntity entity, ReferenceDataCache.Snapshot reference, CancellationToken cancellationToken);

    /// <summary>The public representation a write answers with.</summary>
    static abstract TDto Represent(TEntity entity, Mapping.ProfileAssembler assembler);
}
