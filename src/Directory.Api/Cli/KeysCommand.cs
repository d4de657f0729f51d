using System.Globalization;
using Directory.Api.Auth;
using Directory.Domain;
using Directory.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Cli;

/// <summary>
/// <c>keys create --name NAME --role admin|editor|partner</c>, <c>keys list</c>, <c>keys revoke ID</c>: the
/// keys from the command line, so that the first admin key exists before anyone can call the API (and can be
/// revoked when no admin key is left). Exit 0 when done, 1 when the key to revoke does not exist, 2 for a usage error.
/// </summary>
public static class KeysCommand
{
    private const string Roles = "admin, editor or partner";

    public const string Help = """
        Usage: dotnet run --project src/Directory.Api -- keys <command>

        Commands:
          create --name <name> --role <admin|editor|partner>   Issue a key; it is printed once, on the last line.
          list                                                 Every key: id, name, role, prefix, created, active or revoked.
          revoke <id>                                          Revoke a key at once (the id from list).

        A key's name is a label and need not be unique; the API tells callers apart by the key's id.
        """;

    public static bool Matches(string[] args) => args is ["keys", ..];

    /// <summary>What is wrong with the command line, before any database is touched; null when nothing is.</summary>
    public static string? UsageError(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args switch
        {
            ["keys", "create", ..] when string.IsNullOrWhiteSpace(Commands.Option(args, "--name")) => "keys create: --name <name> is required.",
            ["keys", "create", ..] when Commands.Option(args, "--role") is not { } role => $"keys create: --role is required ({Roles}).",
            ["keys", "create", ..] when !Enum.TryParse<Role>(Commands.Option(args, "--role"), ignoreCase: true, out _) || int.TryParse(Commands.Option(args, "--role"), out _) =>
                $"keys create: Unknown role '{Commands.Option(args, "--role")}': use {Roles}.",
            ["keys", "create", ..] or ["keys", "list"] => null,
            ["keys", "revoke", var id] => Guid.TryParse(id, out _) ? null : $"keys revoke: '{id}' is not a key id (a uuid, as keys list shows it).",
            ["keys", "revoke", ..] => "keys revoke: give one key id.",
            ["keys"] => "keys: give a command: create, list or revoke.",
            _ => $"Unknown keys command '{args[1]}': use create, list or revoke.",
        };
    }

    public static async Task<int> RunAsync(string[] args, WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        switch (args)
        {
            case ["keys", "create", ..]:
                var (stored, key) = await ApiKeyIssuer.CreateAsync(db, Commands.Option(args, "--name")!, Enum.Parse<Role>(Commands.Option(args, "--role")!, ignoreCase: true));
                Console.WriteLine($"Created {Policies.RoleName(stored.Role)} key '{stored.Name}' (id {stored.Id}). It is shown only now:");
                Console.WriteLine(key);
                return 0;
            case ["keys", "list"]:
                foreach (var k in await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ThenBy(k => k.Id).ToListAsync())
                {
                    var state = k.RevokedAt is { } revoked ? $"revoked {revoked.ToString("u", CultureInfo.InvariantCulture)}" : "active";
                    Console.WriteLine($"{k.Id}  {Policies.RoleName(k.Role),-7}  {k.Prefix}…  {k.CreatedAt.ToString("u", CultureInfo.InvariantCulture)}  {state}  {k.Name}");
                }

                return 0;
            default: // revoke, as UsageError checked
                var id = Guid.Parse(args[2]);
                var found = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id);
                if (found is null)
                {
                    await Console.Error.WriteLineAsync($"No key has the id {id}.");
                    return 1;
                }

                found.RevokedAt ??= DateTime.UtcNow;
                await db.SaveChangesAsync();
                Console.WriteLine($"Revoked key '{found.Name}' (id {found.Id}).");
                return 0;
        }
    }
}
