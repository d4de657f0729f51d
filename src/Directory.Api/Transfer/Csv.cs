using System.Text;

namespace Directory.Api.Transfer;

/// <summary>The input is not a CSV or JSON file the importer can read; nothing is written.</summary>
public sealed class ImportFormatException : Exception
{
    public ImportFormatException()
        : base("The file cannot be read.")
    {
    }

    public ImportFormatException(string message)
        : base(message)
    {
    }

    public ImportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <param name="field">Where in the file, e.g. [0].socialLinks[0].</param>
    public ImportFormatException(string message, string field)
        : base(message)
    {
        Field = field;
    }

    public string? Field { get; }
}

/// <summary>RFC 4180 CSV, with "," or ";" (Latvian Excel) as the separator, UTF-8 with or without BOM.</summary>
public static class Csv
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes strictly: a file that is not UTF-8 text is refused rather than garbled.</summary>
    public static string Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportFormatException("The file is not UTF-8 text. Save it as \"CSV UTF-8\" (Excel) or UTF-8 JSON.");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ImportFormatException("The file is binary, not CSV or JSON text.");
        }

        return text.TrimStart('\uFEFF');
    }

    /// <summary>Rows of fields, each with the line it starts on; the separator is read from the header line.</summary>
    public static List<(int Line, string[] Fields)> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var separator = DetectSeparator(text);
        var rows = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        var quoteLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
                quoteLine = line;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRow();
                line++;
                rowLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new ImportFormatException($"Unbalanced quotes: the quoted field that starts on line {quoteLine} never ends.");
        }

        EndRow();
        return rows;

        void EndRow()
        {
            fields.Add(field.ToString());
            field.Clear();
            if (fields.Count > 1 || fields[0].Length > 0)
            {
                rows.Add((rowLine, [.. fields]));
            }

            fields.Clear();
        }
    }

    public static string Quote(string? value, char separator = ',')
    {
        value ??= "";
        return value.IndexOfAny([separator, '"', '\n', '\r']) >= 0 || value.StartsWith(' ') || value.EndsWith(' ')
            ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : value;
    }

    private static char DetectSeparator(string text)
    {
        var header = text.AsSpan(0, Math.Max(0, text.IndexOfAny(['\n', '\r']) is var end and >= 0 ? end : text.Length));
        var semicolons = header.Count(';');
        var commas = header.Count(',');
        return semicolons > commas ? ';' : ',';
    }
}
