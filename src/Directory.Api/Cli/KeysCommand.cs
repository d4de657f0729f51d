using Directory.Api.Auth;
using Directory.Domain;
using Directory.Infrastructure;

namespace Directory.Api.Cli;

/// <summary>
/// <c>keys create --name NAME --role admin|editor|partner</c>: issues a key from the command line, so
/// that the first admin key exists before anyone can call the API.
/// </summary>
public static class KeysCommand
{
    private const string Usage = "Usage: dotnet run --project src/Directory.Api -- keys create --name <name> --role <admin|editor|partner>";

    public static bool Matches(string[] args) => args is ["keys", ..];

    public static async Task<int> RunAsync(string[] args, WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(app);
        var name = args is ["keys", "create", ..] ? Option(args, "--name") : null;
        if (string.IsNullOrWhiteSpace(name) || !Enum.TryParse<Role>(Option(args, "--role"), ignoreCase: true, out var role))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var (stored, key) = await ApiKeyIssuer.CreateAsync(db, name, role);
        Console.WriteLine($"Created {Policies.RoleName(stored.Role)} key '{stored.Name}' (id {stored.Id}). It is shown only now:");
        Console.WriteLine(key);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
