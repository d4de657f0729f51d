using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Directory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Directory.Api.Tests;

/// <summary>
/// Bearer tokens of the configured OpenID Connect provider (its keys given here, not fetched): a token is
/// accepted until one minute past its expiry (the clock skew), not the library's default of five.
/// </summary>
public sealed class BearerTokenTests(BearerTokenTests.Fixture fixture) : IClassFixture<BearerTokenTests.Fixture>
{
    private const string Issuer = "https://login.lblt.test";
    private const string Audience = "directory-api";

    public sealed class Fixture : DirectoryApiFactory
    {
        public SymmetricSecurityKey Key { get; } = new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Auth:Authority", Issuer);
            builder.UseSetting("Auth:Audience", Audience);
            builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
                configuration.SigningKeys.Add(Key);
                o.Configuration = configuration;
                o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            }));
        }
    }

    [Theory]
    [InlineData(-30, true)] // expired half a minute ago: within the skew
    [InlineData(-120, false)] // expired two minutes ago
    [InlineData(600, true)]
    public async Task A_token_is_accepted_until_a_minute_past_its_expiry(int expiresInSeconds, bool accepted)
    {
        var now = DateTime.UtcNow;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now.AddMinutes(-20),
            NotBefore = now.AddMinutes(-20),
            Expires = now.AddSeconds(expiresInSeconds),
            Subject = new ClaimsIdentity([new Claim("sub", "editor@lblt.test"), new Claim("role", "editor")]),
            SigningCredentials = new SigningCredentials(fixture.Key, SecurityAlgorithms.HmacSha256),
        });
        var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.GetAsync("/api/v1/ngos/nav-tadas/history", TestContext.Current.CancellationToken);
        Assert.Equal(accepted ? HttpStatusCode.NotFound : HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
