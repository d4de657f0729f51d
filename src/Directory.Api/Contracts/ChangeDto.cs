using System.ComponentModel.DataAnnotations;
namespace Directory.Api.Contracts;

/// <summary>One change in the feed.</summary>
/// <param name="Cursor">Position of this change; reading from it continues after it.</param>
/// <param name="ResourceType">ngo or expert.</param>
/// <param name="Id">The profile's id.</param>
/// <param name="Kind">create, update, archive or erase.</param>
/// <param name="At">When it was committed (UTC).</param>
/// <param name="Ngo">The NGO as it is published now; null when it is not public any more (a tombstone).</param>
/// <param name="Expert">The expert as published now; null when not public any more or erased (a tombstone).</param>
public sealed record ChangeDto([property: MaxLength(WireLimits.Cursor)] string Cursor, string ResourceType, Guid Id, [property: WireEnum(typeof(Domain.AuditAction))] string Kind, DateTime At, NgoDto? Ngo, ExpertDto? Expert);

/// <summary>A page of the changes feed.</summary>
/// <param name="Items">Changes in commit order.</param>
/// <param name="NextCursor">Pass as since to read on; the same cursor again when there is nothing new.</param>
/// <param name="HasMore">More changes are waiting beyond this page.</param>
public sealed record ChangesPage([property: MaxLength(Queries.ListLimits.MaxChanges)] IReadOnlyList<ChangeDto> Items, [property: MaxLength(WireLimits.Cursor)] string NextCursor, bool HasMore);
