using Asp.Versioning;

namespace Directory.Api.Setup;

public static class VersioningSetup
{
    /// <summary>The versions this service answers; an unknown one is a 404 problem that lists these.</summary>
    public static readonly IReadOnlyList<ApiVersion> Supported = [new(1, 0)];

    public static IServiceCollection AddDirectoryVersioning(this IServiceCollection services)
    {
        services.AddApiVersioning(options =>
            {
                options.DefaultApiVersion = new ApiVersion(1);
                options.ReportApiVersions = true;
                options.ApiVersionReader = new UrlSegmentApiVersionReader();
            })
            .AddApiExplorer(options =>
            {
                options.GroupNameFormat = "'v'VVV";
                options.SubstituteApiVersionInUrl = true;
            });
        return services;
    }
}
