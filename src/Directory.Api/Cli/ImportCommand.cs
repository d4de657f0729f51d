using System.Text.Json;
using Directory.Api.ReferenceData;
using Directory.Api.Transfer;
using Directory.Infrastructure;

namespace Directory.Api.Cli;

/// <summary>
/// <c>import ngos FILE [--dry-run] [--json]</c>: the importer on the command line. The report (a table, or
/// JSON with --json) alone goes to stdout; progress and log lines go to stderr. Exit code 0 when every row
/// is fine, 1 when rows were rejected or the file cannot be read as an import, 2 for a usage error.
/// </summary>
public static class ImportCommand
{
    private const string Usage = "Usage: dotnet run --project src/Directory.Api -- import ngos <file.csv|file.json> [--dry-run] [--json]";

    public const string Help = Usage + """


        Imports NGOs as POST /api/v1/imports does: rows matched by registration number, then slug; all rows
        written in one transaction, or none when any row is rejected.
          --dry-run   check every row and report, write nothing
          --json      the report as JSON on stdout (progress and log lines go to stderr)
        Exit 0 when every row is fine, 1 when rows were rejected or the file cannot be read, 2 for a usage error.
        """;

    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = Http.JsonEncoding.Readable };

    public static bool Matches(string[] args) => args is ["import", ..];

    public static async Task<int> RunAsync(string[] args, WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(app);
        if (args is not ["import", "ngos", var given, ..])
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        // `dotnet run --project` runs in the project folder; a relative path means the caller's folder.
        var path = new[] { given, Path.Combine(Environment.GetEnvironmentVariable("PWD") ?? "", given) }.FirstOrDefault(File.Exists);
        if (path is null)
        {
            await Console.Error.WriteLineAsync($"No file {given}.");
            return 2;
        }

        var dryRun = args.Contains("--dry-run");
        var json = args.Contains("--json");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var progress = new Progress<(int Done, int Total)>(p =>
        {
            if (p.Done % 50 == 0 || p.Done == p.Total)
            {
                Console.Error.Write($"\rChecked {p.Done} of {p.Total} rows");
            }
        });

        ImportReport report;
        try
        {
            var importer = new NgoImporter(db, app.Services.GetRequiredService<ReferenceDataCache>().Current, app.Services.GetRequiredService<Validation.DeclaredRules>(), $"cli:{Environment.UserName}");
            await using var file = File.OpenRead(path);
            report = await importer.ImportAsync(file, path.EndsWith(".json", StringComparison.OrdinalIgnoreCase), dryRun, progress, CancellationToken.None);
        }
        catch (ImportFormatException e)
        {
            await Console.Error.WriteLineAsync($"Cannot import {path}: {e.Message} Nothing was written.");
            return 1;
        }

        await Console.Error.WriteLineAsync();
        Console.WriteLine(json ? JsonSerializer.Serialize(report, Indented) : Table(report));
        return report.Rejected == 0 ? 0 : 1;
    }

    private static string Table(ImportReport report)
    {
        var lines = new List<string> { $"{"Row",5}  {"Action",-9}  {"Slug",-40}  Problems" };
        lines.AddRange(report.Rows.Select(r =>
            $"{r.Row,5}  {r.Action,-9}  {Truncate(r.Slug ?? "", 40),-40}  {string.Join("; ", r.Errors.Select(e => $"{e.Column}: {e.Message}"))}"));
        var outcome = Outcome(report);
        lines.Add($"{report.Created} to create, {report.Updated} to update, {report.Unchanged} unchanged, {report.Rejected} rejected. {outcome}");
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>The report's last words; exact, since scripts and people read them.</summary>
    public static string Outcome(ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report switch
        {
            { Rejected: > 0 } => "Rows were rejected: nothing was written.",
            { DryRun: true } => "Dry run: nothing was written.",
            { Created: 0, Updated: 0 } => "Nothing to write: every row is as the directory has it.",
            _ => "Written in one transaction.",
        };
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
