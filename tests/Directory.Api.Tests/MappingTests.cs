using AutoMapper;
using Directory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests;

public sealed class MappingTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    [Fact]
    public void AutoMapper_configuration_is_valid()
    {
        var mapper = factory.Services.GetRequiredService<IMapper>();
        mapper.ConfigurationProvider.AssertConfigurationIsValid();
    }
}
