using Lblt.Directory.Client;

#pragma warning disable IDE0130 // Extension methods for IServiceCollection live in its namespace, by convention.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registration of the Directory API clients.</summary>
public static class DirectoryClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers every Directory API client (<see cref="INgosClient"/>, <see cref="IExpertsClient"/>,
    /// <see cref="IRegionsClient"/>, <see cref="ISupportAreasClient"/>, <see cref="ITargetGroupsClient"/>,
    /// <see cref="IApiKeysClient"/>, <see cref="IChangesClient"/>, <see cref="IImportsClient"/>, <see cref="IDatasetClient"/>, <see cref="ISearchClient"/>)
    /// on <c>IHttpClientFactory</c>, with problem answers thrown as <see cref="DirectoryProblemException"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="baseUri">Where the service runs, e.g. <c>https://directory.example/</c>.</param>
    /// <param name="language">lv (default) or en: the language of names in answers.</param>
    /// <param name="apiKey">An API key issued by LBLT: partners get higher rate limits, editors may write.</param>
    public static IServiceCollection AddDirectoryClient(this IServiceCollection services, Uri baseUri, string language = "lv", string? apiKey = null)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        services.AddTransient<ProblemDetailsHandler>();
        void Configure(HttpClient client)
        {
            client.BaseAddress = baseUri;
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            if (apiKey is not null)
            {
                client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
            }
        }

        services.AddHttpClient<INgosClient, NgosClient>(Configure).AddHttpMessageHandler<ProblemDetailsHandler>();
        services.AddHttpClient<IExpertsClient, ExpertsClient>(Configure).AddHttpMessageHandler<ProblemDetailsHandler>();
        services.AddHttpClient<IRegionsClient, RegionsClient>(Configure).AddHttpMessageHandler<ProblemDetailsHandler>();
        services.AddHttpClient<ISupportAreasClient, SupportAreasClient>(Configure).AddHttpMessageHandler<ProblemDetailsHandler>();
        services.AddHttpClient<ITargetGroupsClient, TargetGroupsClient>(Configure).AddHttpMessageHandler<ProblemDetailsHandler>();
        services.AddHttpClient<IApiKeysClient, ApiKeysClient>(Configure).AddHttpMessageHandler<ProblemDetailsHandler>();
        services.AddHttpClient<IChangesClient, ChangesClient>(Configure).AddHttpMessageHandler<ProblemDetailsHandler>();
        services.AddHttpClient<IImportsClient, ImportsClient>(Configure).AddHttpMessageHandler<ProblemDetailsHandler>();
        services.AddHttpClient<IDatasetClient, DatasetClient>(Configure).AddHttpMessageHandler<ProblemDetailsHandler>();
        services.AddHttpClient<ISearchClient, SearchClient>(Configure).AddHttpMessageHandler<ProblemDetailsHandler>();
        return services;
    }
}
