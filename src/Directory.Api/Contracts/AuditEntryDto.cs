using System.Text.Json.Nodes;

namespace Directory.Api.Contracts;

/// <summary>One change of a profile's history.</summary>
/// <param name="Id">Order of the change.</param>
/// <param name="At">When it was committed (UTC).</param>
/// <param name="Actor">Who made it: an API key's name (key:…) or a token's subject.</param>
/// <param name="Action">create, update, archive or erase.</param>
/// <param name="Changes">Changed fields with their values before and after; null for an erased person.</param>
public sealed record AuditEntryDto(long Id, DateTime At, string Actor, string Action, JsonObject? Changes);
