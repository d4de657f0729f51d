using Directory.Api.Settings;

namespace Directory.Api.Setup;

public static class DirectoryOptionsSetup
{
    /// <summary>
    /// Each section bound to its class and checked as the app starts: a wrong value stops the start with
    /// one sentence naming the setting (<see cref="Cli.StartupFailure"/>), not at the first request that reads it.
    /// </summary>
    public static IServiceCollection AddDirectoryOptions(this IServiceCollection services)
    {
        Bind<SearchInsightsOptions>(services, SearchInsightsOptions.Section);
        Bind<CachePollOptions>(services, CachePollOptions.Section);
        Bind<IdempotencyOptions>(services, IdempotencyOptions.Section);
        Bind<RequestLimitsOptions>(services, RequestLimitsOptions.Section);
        Bind<RateLimitOptions>(services, RateLimitOptions.Section);
        Bind<CorsWriteOptions>(services, CorsWriteOptions.Section);
        Bind<ForwardingOptions>(services, ForwardingOptions.Section);
        return services;
    }

    private static void Bind<T>(IServiceCollection services, string section)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
