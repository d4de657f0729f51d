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
            // GET routes answer HEAD too (HeadAndHost); the contract lists the GET alone.
            options.DocInclusionPredicate((document, api) => (api.GroupName is null || api.GroupName == document) && !HttpMethods.IsHead(api.HttpMethod ?? ""));
            options.OperationFilter<StandardResponsesFilter>();
            options.OperationFilter<MergePatchSchemaFilter>();
            options.OperationFilter<ParameterTextFilter>();
            options.DocumentFilter<ContractLimitsFilter>();
            options.SchemaFilter<ContractLimitsFilter>();
            options.DocumentFilter<TagOrderFilter>();
            options.DocumentFilter<ClientNamesFilter>();
            options.ParameterFilter<QueryParameterSchemaFilter>();
            options.SchemaFilter<ExampleSchemaFilter>();
            options.SchemaFilter<WireEnumSchemaFilter>();
            options.OperationFilter<SecurityRequirementsFilter>();
            options.AddSecurityDefinition(SecurityRequirementsFilter.ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Api-Key",
                Description = "An API key issued by LBLT (also accepted as Authorization: ApiKey <key>). Partners get higher rate limits; editors and admins may write.",
            });
            options.AddSecurityDefinition(SecurityRequirementsFilter.BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT from LBLT's OpenID Connect provider, where one is configured; the role comes from a configurable claim. Tokens are validated as RFC 8725 (JSON Web Token Best Current Practices, RFC8725) asks: signed with the provider's published keys (no \"none\" algorithm), issuer, audience (Auth:Audience) and lifetime checked.",
            });
            // Relative, so the document and Swagger UI work wherever the service is deployed.
            options.AddServer(new OpenApiServer
            {
                Url = "/",
                Description = "The service that serves this document: LBLT's production service, or a local or test one where it runs",
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(false) },
            });
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

            options.SwaggerEndpoint("/hsds/openapi.json", "HSDS 3.1 (Open Referral)");

            options.DocumentTitle = "Child & Family Directory API";
        });
        return app;
    }

    private const string DocumentDescription = """
        Public data of Latvia's Child Welfare Network (Latvijas Bērnu labklājības tīkls, LBLT): NGOs that support children
        and families, volunteer experts, Latvia's regions, support areas and target groups; reads are open to anyone,
        writes need an LBLT API key (or token) with the editor or admin role.

        **Licences.** The API and its generated clients are MIT-licensed. The directory's data is published by LBLT under
        CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/): reuse it with attribution to LBLT.

        **Filtering.** List filters combine with AND; the values of one list parameter, repeated (`region=a&region=b`) or
        comma-separated (`region=a,b`), combine with OR. `region` takes a planning-region slug or a municipality's ATVK code;
        a planning region matches its municipalities, a municipality matches profiles working there, in its planning region
        as a whole, or nationwide. A parent support area matches its children. `q` ignores case and diacritics.
        Only published profiles are listed.

        **Paging.** `page` (from 1) and `pageSize` (1–100, default 20). A page carries `totalItems`, `totalPages` and absolute
        `links` (self, first, prev, next, last) that keep every filter; `prev` and `next` are absent at the ends; an empty
        result is one empty page (`totalPages` 1). Order is
        deterministic: the sort key, then id.

        **Caching.** Every successful GET has a strong `ETag` and `Cache-Control: public, no-cache`; send the ETag back in
        `If-None-Match` to get `304 Not Modified` while nothing changed.

        **Localisation.** `Accept-Language: lv` (default) or `en` picks the language of names and descriptions, falling back
        to Latvian; `Content-Language` says which one was used and responses vary on `Accept-Language`.

        **Errors.** Every 4xx and 5xx answer is an RFC 9457 problem (`application/problem+json`). Invalid query parameters
        give 400 with an `errors` object listing the messages per parameter; an unknown id, slug or code gives 404.
        """;

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
                    Description = DocumentDescription + (description.IsDeprecated ? "\n\nThis version is deprecated." : ""),
                    Contact = new OpenApiContact { Name = "Latvijas Bērnu labklājības tīkls (LBLT)", Url = new Uri("https://www.bernutiesibas.lv") },
                    License = new OpenApiLicense { Name = "API and client code: MIT. Directory data: CC BY 4.0 (see description).", Url = new Uri("https://opensource.org/license/mit") },
                });
            }
        }
    }
}
