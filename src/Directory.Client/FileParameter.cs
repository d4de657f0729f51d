namespace Lblt.Directory.Client;

/// <summary>A file to upload (an import): its content type, when not given, follows its name.</summary>
public partial class FileParameter
{
    /// <summary>
    /// <c>.csv</c> is <c>text/csv</c>, <c>.json</c> <c>application/json</c>; anything else is sent as
    /// <c>application/octet-stream</c>, which the API refuses with a 415 problem that names the types it takes.
    /// </summary>
    /// <param name="fileName">The file's name, if any.</param>
    public static string ContentTypeFor(string? fileName) => Path.GetExtension(fileName)?.ToLowerInvariant() switch
    {
        ".csv" => "text/csv",
        ".json" => "application/json",
        _ => "application/octet-stream",
    };
}
