using Directory.Infrastructure.Configurations;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Directory.Api.Contracts;

/// <summary>One change of a profile's history.</summary>
/// <param name="Id">Order of the change.</param>
/// <param name="At">When it was committed (UTC).</param>
/// <param name="Actor">Who made it: an API key's name (key:…) or a token's subject.</param>
/// <param name="Action">create, update, archive or erase.</param>
/// <param name="Changes">Changed fields (as the write API names them) with their values before and after; null for an erased person.</param>
public sealed record AuditEntryDto([property: Range(typeof(long), "1", "9223372036854775807")] long Id, DateTime At, [property: MaxLength(ProfileLimits.Name)] string Actor, [property: WireEnum(typeof(Domain.AuditAction))] string Action, IReadOnlyDictionary<string, FieldChange>? Changes);

/// <summary>A field's value before and after a change, as JSON (a string, number, boolean, list or object; null when absent).</summary>
/// <param name="Before">The value before; null on creation or when the field was empty.</param>
/// <param name="After">The value after; null when the field was emptied.</param>
public sealed record FieldChange(JsonElement? Before, JsonElement? After);
