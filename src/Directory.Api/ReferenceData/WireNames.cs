using System.Collections.Frozen;
using System.Text.Json;

namespace Directory.Api.ReferenceData;

/// <summary>
/// The one home of how an enum's values are written on the wire (camelCase: <c>religiousOrganisation</c>,
/// <c>planningRegion</c>): the DTOs, the write rules and their messages, the query rules and the contract
/// all read their names here. Each type's names are worked out once.
/// </summary>
public static class WireNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => Names<T>.ByValue[value];

    /// <summary>Every name of <typeparamref name="T"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => Names<T>.InOrder;

    /// <summary>Every name of an enum type known only at run time (the query rules, the contract).</summary>
    public static IReadOnlyList<string> All(Type enumType)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        return [.. Enum.GetNames(enumType).Select(JsonNamingPolicy.CamelCase.ConvertName)];
    }

    /// <summary>The value written as <paramref name="name"/> (exactly: the wire is case-sensitive).</summary>
    public static bool TryParse<T>(string? name, out T value)
        where T : struct, Enum => Names<T>.ByName.TryGetValue(name ?? "", out value);

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ByValue = Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));
        public static readonly FrozenDictionary<string, T> ByName = ByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        public static readonly string[] InOrder = [.. Enum.GetValues<T>().Select(v => ByValue[v])];
    }
}
