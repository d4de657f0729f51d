using Directory.Api.Endpoints;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Directory.Api.Setup.OpenApi;

/// <summary>Describes a parameter from <see cref="ParameterText"/> metadata where the handler has no XML documentation for it (a lambda).</summary>
internal sealed class ParameterTextFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var text in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ParameterText>())
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.Name == text.Name && string.IsNullOrEmpty(p.Description)))
            {
                parameter.Description = text.Description;
            }
        }
    }
}
