using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lblt.Directory.Client;

// Writes leave unset (null) members out of the body, so that a PATCH with a half-filled
// NgoWriteRequest changes only the members that were set (JSON Merge Patch treats null as "remove").
// To clear a field with this client, send a PUT of the whole profile.
/// <summary>The NGO operations of the Directory API.</summary>
public partial class NgosClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) =>
        settings.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
}

/// <summary>The expert operations of the Directory API.</summary>
public partial class ExpertsClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) =>
        settings.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
}
