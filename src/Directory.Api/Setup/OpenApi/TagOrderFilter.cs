using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Directory.Api.Setup.OpenApi;

/// <summary>Tags in the order a reader needs them (Swagger UI shows them so): the public resources first, the admin's last.</summary>
internal sealed class TagOrderFilter : IDocumentFilter
{
    private static readonly string[] Order = ["Ngos", "Experts", "Regions", "SupportAreas", "TargetGroups", "Changes", "Dataset", "Imports", "Search", "ApiKeys"];

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Tags is not { Count: > 0 } tags)
        {
            return;
        }

        var ordered = tags.OrderBy(t => Array.IndexOf(Order, t.Name) is var i and >= 0 ? i : Order.Length).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        tags.Clear();
        foreach (var tag in ordered)
        {
            tags.Add(tag);
        }
    }
}
