using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Primitives;

namespace Directory.Api.ReferenceData;

/// <summary>
/// Hands request localization only the supported languages one of its providers found (Accept-Language,
/// the culture cookie or query string), each by its language subtag: "en-GB" is "en", "de" is nothing.
/// Request localization then never makes a culture from a name a request sent.
/// </summary>
public sealed class SupportedLanguagesOnly(IRequestCultureProvider provider) : IRequestCultureProvider
{
    public async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (await provider.DetermineProviderCultureResult(httpContext) is not { } found)
        {
            return null;
        }

        var cultures = Supported(found.Cultures);
        var uiCultures = Supported(found.UICultures);
        return cultures.Count == 0 && uiCultures.Count == 0 ? null : new ProviderCultureResult(cultures, uiCultures);
    }

    private static List<StringSegment> Supported(IList<StringSegment> names) =>
        [.. names.Select(name => name.IndexOf('-') is > 0 and var dash ? name.Subsegment(0, dash) : name)
            .Where(language => Localization.SupportedLanguages.Any(supported => language.Equals(supported, StringComparison.OrdinalIgnoreCase)))];
}
