using System.ComponentModel.DataAnnotations;

namespace Directory.Api.Contracts;

/// <summary>Limits of what the wire carries that no stored field sets.</summary>
public static class WireLimits
{
    /// <summary>Kestrel's default request-line limit: page links and problem instances repeat the request's URL.</summary>
    public const int RequestLine = 8192;

    /// <summary>A changes-feed cursor (Base64Url of a feed position).</summary>
    public const int Cursor = 100;
}

/// <summary>
/// Each string of a list is at most <c>length</c> characters. The OpenAPI document shows it as the items'
/// <c>maxLength</c> (Setup/OpenApi/ContractLimitsFilter.cs); on a request type the framework's validator checks it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class EachMaxLengthAttribute(int length) : ValidationAttribute($"Each at most {length} characters.")
{
    public int Length { get; } = length;

    public override bool IsValid(object? value) =>
        value is not IEnumerable<string?> values || values.All(v => v is null || v.Length <= Length);
}
