using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Directory.Api.Settings;

/// <summary>Browser origins allowed to write (section <c>Cors</c>): absolute http(s) origins, e.g. <c>https://admin.lblt.lv</c>.</summary>
public sealed class CorsWriteOptions : IValidatableObject
{
    public const string Section = "Cors";

    public string[] WriteOrigins { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        WriteOrigins.Where(o => !Uri.TryCreate(o, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/")
            .Select(o => new ValidationResult($"Cors:WriteOrigins holds '{o}', which is not an origin like https://admin.lblt.lv"));
}

/// <summary>
/// The proxies whose <c>X-Forwarded-*</c> headers are believed (section <c>ForwardedHeaders</c>): addresses
/// and networks in CIDR. None by default: nothing from a request header is believed unless set here.
/// </summary>
public sealed class ForwardingOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    public string[] KnownProxies { get; set; } = [];

    public string[] KnownNetworks { get; set; } = [];

    public IEnumerable<IPAddress> Proxies => KnownProxies.Select(IPAddress.Parse);

    public IEnumerable<IPNetwork> Networks => KnownNetworks.Select(n => IPNetwork.Parse(n));

    public bool Any => KnownProxies.Length + KnownNetworks.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        KnownProxies.Where(p => !IPAddress.TryParse(p, out _)).Select(p => new ValidationResult($"ForwardedHeaders:KnownProxies holds '{p}', which is not an IP address"))
            .Concat(KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)).Select(n => new ValidationResult($"ForwardedHeaders:KnownNetworks holds '{n}', which is not a network in CIDR like 10.0.0.0/8")));
}
