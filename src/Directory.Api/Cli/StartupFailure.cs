using Microsoft.AspNetCore.Connections;
using Microsoft.Data.Sqlite;

namespace Directory.Api.Cli;

/// <summary>
/// The start-up failures an operator causes and can fix — a port already taken, a database out of reach, a
/// data folder or disk that cannot be written (read-only, full) — as one sentence saying what to change, instead of a stack trace.
/// Anything else is a defect and keeps its stack trace.
/// </summary>
public static partial class StartupFailure
{
    /// <summary>Exit code of a start-up failure an operator can fix (1 and 2 are the commands' own).</summary>
    public const int ExitCode = 3;

    public static string? Describe(Exception exception, string? connectionString)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case Microsoft.Extensions.Options.OptionsValidationException invalid:
                    return $"Cannot start: {string.Join("; ", invalid.Failures.Select(Failure))}. Correct it in appsettings.json or its environment variable (section__name).";
                case InvalidOperationException { Message: var message } when message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal):
                    return $"Cannot start: {FirstLine(message).TrimEnd('.')}. Correct it in appsettings.json or its environment variable (section__name).";
                case AddressInUseException:
                    return $"Cannot start: {e.Message.TrimEnd('.')}. Another program is listening there; choose a free port with ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS.";
                case SqliteException { SqliteErrorCode: 14 }: // SQLITE_CANTOPEN
                    return $"Cannot open or create the SQLite database '{new SqliteConnectionStringBuilder(connectionString ?? "").DataSource}': its folder is missing or not writable by this user. Point Database__ConnectionString at a writable folder.";
                case SqliteException { SqliteErrorCode: 8 or 10 or 13 } sqlite: // SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL
                    return $"The SQLite database '{new SqliteConnectionStringBuilder(connectionString ?? "").DataSource}' cannot be written ({sqlite.SqliteErrorCode switch { 13 => "the disk is full", 8 => "it or its disk is read-only", _ => "a disk error" }}). Free space or make its folder writable, or point Database__ConnectionString at one that is.";
                case IOException { HResult: NoSpaceLeft or ReadOnlyFileSystem or DiskFull or HandleDiskFull } io:
                    return $"Cannot start: the data folder cannot be written ({FirstLine(io.Message)}). Free space or make it writable, or point Database__ConnectionString at a folder that is.";
                case UnauthorizedAccessException or DirectoryNotFoundException:
                    return $"Cannot start: {e.Message} Point Database__ConnectionString at a writable folder.";
                case { } sql when sql.GetType().FullName == "Microsoft.Data.SqlClient.SqlException":
                    return $"Cannot reach the SQL Server database: {FirstLine(sql.Message)} Check Database__ConnectionString and that the server accepts connections from here.";
            }
        }

        return null;
    }

    // An IOException's HResult is the errno on Linux (ENOSPC, EROFS) and the Win32 error on Windows.
    private const int NoSpaceLeft = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int DiskFull = unchecked((int)0x80070070);
    private const int HandleDiskFull = unchecked((int)0x80070027);

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    // The framework wraps each attribute's message ("DataAnnotation validation failed for 'X' members: 'Y' with the error: '…'."): the message names the setting.
    private static string Failure(string failure) =>
        ValidationMessage().Match(failure) is { Success: true } m ? m.Groups["message"].Value.TrimEnd('.') : failure.TrimEnd('.');

    [System.Text.RegularExpressions.GeneratedRegex("with the error: '(?<message>.*)'\\.?$")]
    private static partial System.Text.RegularExpressions.Regex ValidationMessage();
}
