using System.Text;

namespace Directory.Api.Queries;

/// <summary>
/// A profile row the read model keeps packed: its fields in one byte array, strings as UTF-8, through the
/// framework's <see cref="BinaryWriter"/> and <see cref="BinaryReader"/>. As objects, 100,000 NGO rows took
/// ~1.4 KB each (a dozen strings in UTF-16, each with its header, lists, the row itself); packed ~0.7 KB.
/// A row is unpacked when a page needs it and its JSON is not cached, and for export.
/// </summary>
public interface IPackedRow<TSelf>
    where TSelf : class, IPackedRow<TSelf>
{
    /// <summary>Writes every field, in the order <see cref="Unpack"/> reads them: the id first, then the slug (<see cref="PackedRow.SlugOf"/>).</summary>
    void Pack(BinaryWriter writer);

    static abstract TSelf Unpack(BinaryReader reader);
}

public static class PackedRow
{
    public static byte[] Pack<TRow>(TRow row)
        where TRow : class, IPackedRow<TRow>
    {
        ArgumentNullException.ThrowIfNull(row);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            row.Pack(writer);
        }

        return stream.ToArray();
    }

    public static TRow Unpack<TRow>(byte[] packed)
        where TRow : class, IPackedRow<TRow>
    {
        using var reader = new BinaryReader(new MemoryStream(packed, writable: false), Encoding.UTF8);
        return TRow.Unpack(reader);
    }

    /// <summary>The slug alone, without unpacking the rest: what finds a profile by slug while the database is away.</summary>
    public static string SlugOf(byte[] packed)
    {
        using var reader = new BinaryReader(new MemoryStream(packed, writable: false), Encoding.UTF8);
        reader.ReadGuid();
        return reader.ReadString();
    }

    public static void WriteOptional(this BinaryWriter writer, string? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    public static string? ReadOptionalString(this BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.ReadBoolean() ? reader.ReadString() : null;
    }

    public static void Write(this BinaryWriter writer, Guid value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> bytes = stackalloc byte[16];
        value.TryWriteBytes(bytes);
        writer.Write(bytes);
    }

    public static Guid ReadGuid(this BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Span<byte> bytes = stackalloc byte[16];
        reader.ReadExactly(bytes);
        return new Guid(bytes);
    }

    /// <summary>A time with its kind.</summary>
    public static void Write(this BinaryWriter writer, DateTime value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(value.ToBinary());
    }

    public static DateTime ReadDateTime(this BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return DateTime.FromBinary(reader.ReadInt64());
    }

    public static void Write(this BinaryWriter writer, IReadOnlyCollection<string> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.Write7BitEncodedInt(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    public static List<string> ReadStrings(this BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var values = new List<string>(reader.Read7BitEncodedInt());
        for (var i = 0; i < values.Capacity; i++)
        {
            values.Add(reader.ReadString());
        }

        return values;
    }
}
