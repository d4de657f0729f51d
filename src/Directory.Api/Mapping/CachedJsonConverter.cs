using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Directory.Api.Mapping;

/// <summary>
/// Writes a DTO held in the <see cref="ProfileCache"/> from its stored JSON (serialized the first time);
/// any other instance is serialized as usual. The bytes are exactly what the default serializer writes
/// with the API's options; only those options (registered for HTTP) carry this converter.
/// </summary>
public sealed class CachedJsonConverter<T>(ProfileCache cache) : JsonConverter<T>
    where T : class
{
    private readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> _plain = [];

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<T>(ref reader, Plain(options));

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (cache.SlotOf(value) is not { } slot)
        {
            JsonSerializer.Serialize(writer, value, Plain(options));
            return;
        }

        writer.WriteRawValue(slot.Json ??= JsonSerializer.SerializeToUtf8Bytes(value, Plain(options)), skipInputValidation: true);
    }

    // The same options without this converter, which would otherwise call itself; one copy per options instance.
    private JsonSerializerOptions Plain(JsonSerializerOptions options) => _plain.GetValue(options, o =>
    {
        var plain = new JsonSerializerOptions(o);
        plain.Converters.Remove(this);
        return plain;
    });
}
