using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Directory.Api.Setup.OpenApi;

/// <summary>Marks the operations that need a key or token, and which role, from their authorization metadata.</summary>
internal sealed class SecurityRequirementsFilter : IOperationFilter
{
    public const string ApiKeyScheme = "ApiKey";
    public const string BearerScheme = "Bearer";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var policies = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>()
            .Select(a => a.Policy).Where(p => p is not null).Distinct().ToList();
        if (policies.Count == 0)
        {
            return;
        }

        var role = policies.Contains(Auth.Policies.Admin) ? Auth.Policies.Admin : Auth.Policies.Editor;
        operation.Description = $"{operation.Description} Requires the {role} role{(role == Auth.Policies.Editor ? " (or admin)" : "")}.".Trim();
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
        ];
    }
}
