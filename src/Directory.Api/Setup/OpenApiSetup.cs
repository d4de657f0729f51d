using System.Reflection;
using Asp.Versioning.ApiExplorer;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Directory.Api.Setup.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Directory.Api.Setup;

public static class OpenApiSetup
{
    public static IServiceCollection AddDirectoryOpenApi(this IServiceCollection services)
    {
        services.AddTransient<IConfigureOptions<SwaggerGenOptions>, ConfigureSwaggerDocuments>();
        services.AddSwaggerGen(options =>
        {
            var xml = Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml");
            options.IncludeXmlComments(xml, includeControllerXmlComments: false);
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.OperationFilter<StandardResponsesFilter>();
            options.ParameterFilter<AllowedValuesParameterFilter>();
            options.SchemaFilter<ExampleSchemaFilter>();
            // Relative, so the document and Swagger UI work wherever the service is deployed.
            options.AddServer(new OpenApiServer { Url = "/", Description = "The service that serves this document" });
        });
        return services;
    }

    public static WebApplication UseDirectoryOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            // One entry in the version picker per API version the app describes.
            foreach (var description in app.DescribeApiVersions())
            {
                options.SwaggerEndpoint($"/swagger/{description.GroupName}/swagger.json", description.GroupName.ToUpperInvariant());
            }

            options.DocumentTitle = "Child & Family Directory API";
        });
        return app;
    }

    /// <summary>One OpenAPI document per API version, from the versions the endpoints declare.</summary>
    private sealed class ConfigureSwaggerDocuments(IApiVersionDescriptionProvider provider) : IConfigureOptions<SwaggerGenOptions>
    {
        public void Configure(SwaggerGenOptions options)
        {
            foreach (var description in provider.ApiVersionDescriptions)
            {
                options.SwaggerDoc(description.GroupName, new OpenApiInfo
                {
                    Title = "Child & Family Directory API",
                    Version = description.ApiVersion.ToString(),
                    Description = "Public, read-only data of Latvia's Child Welfare Network (LBLT): NGOs that support children and families, "
                        + "volunteer experts, regions and support areas. Lists are paged (page, pageSize ≤ 100) and filtered by query "
                        + "parameters; every GET has an ETag; Accept-Language lv (default) or en picks the language of names; errors are "
                        + "RFC 9457 problem details." + (description.IsDeprecated ? " This version is deprecated." : ""),
                    Contact = new OpenApiContact { Name = "Latvijas Bērnu labklājības tīkls (LBLT)", Url = new Uri("https://www.bernutiesibas.lv") },
                });
            }
        }
    }
}
