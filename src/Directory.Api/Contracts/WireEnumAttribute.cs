namespace Directory.Api.Contracts;

/// <summary>
/// A string member whose values are an enum's names as the API writes them (<see cref="ReferenceData.WireNames"/>):
/// the contract lists them as a shared enum schema named after the enum, so clients get one enum type.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class WireEnumAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;

    public IEnumerable<string> Values => ReferenceData.WireNames.All(EnumType);
}
