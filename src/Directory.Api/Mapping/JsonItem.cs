using System.Text.Json;
using System.Text.Json.Serialization;

namespace Directory.Api.Mapping;

/// <summary>
/// An item of a list page already written as JSON (kept by the <see cref="ReadModel.ProfileCache"/>), written as it is.
/// The endpoint declares the item's real type for OpenAPI (<c>Produces</c>); the bytes are what the
/// serializer wrote for it.
/// </summary>
[JsonConverter(typeof(JsonItemConverter))]
public sealed record JsonItem(byte[] Json);

public sealed class JsonItemConverter : JsonConverter<JsonItem>
{
    public override JsonItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Cached items are only written.");

    public override void Write(Utf8JsonWriter writer, JsonItem value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteRawValue(value.Json, skipInputValidation: true);
    }
}
