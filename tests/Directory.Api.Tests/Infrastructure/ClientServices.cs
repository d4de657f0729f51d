using Lblt.Directory.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests.Infrastructure;

/// <summary>The generated clients registered as an integrator would, with the test server standing in for the network.</summary>
public static class ClientServices
{
    public static ServiceProvider For<TEntryPoint>(WebApplicationFactory<TEntryPoint> factory, string language = "lv", string? apiKey = null)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        var services = new ServiceCollection();
        services.AddDirectoryClient(factory.Server.BaseAddress, language, apiKey);
        // The client's own handlers stay in place; only the primary handler is the test server's.
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => factory.Server.CreateHandler()));
        return services.BuildServiceProvider();
    }
}
