using System.Buffers;
using System.Text.RegularExpressions;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

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
public static partial class Csv
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private const string NotUtf8 = "The file is not UTF-8 text. Save it as \"CSV UTF-8\" (Excel) or UTF-8 JSON.";
    private const string Binary = "The file is binary, not CSV or JSON text.";

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
            throw new ImportFormatException(NotUtf8);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ImportFormatException(Binary);
        }

        return text.TrimStart('\uFEFF');
    }

    /// <summary>A reader of a stream that decodes as <see cref="Decode"/> does (strictly, a BOM dropped by <see cref="Read"/>), as it is read.</summary>
    public static TextReader Reader(Stream stream) =>
        new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);

    /// <summary>Rows of fields, each with the line it starts on; the separator is read from the header line.</summary>
    public static List<(int Line, string[] Fields)> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return [.. Read(reader).ToBlockingEnumerable()];
    }

    /// <summary>
    /// Rows of fields as they are read (the file is never held whole), each with the line it starts on; the
    /// separator ("," or ";") is the one the header line has more of. Not UTF-8, or binary: an <see cref="ImportFormatException"/>.
    /// </summary>
    public static async IAsyncEnumerable<(int Line, string[] Fields)> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var (headerLine, lines) = (await Decoded(() => reader.ReadLineAsync()), 1);
        while (headerLine is not null && headerLine.TrimStart('\uFEFF').Length == 0)
        {
            (headerLine, lines) = (await Decoded(() => reader.ReadLineAsync()), lines + 1);
        }

        if (headerLine is null)
        {
            yield break;
        }

        headerLine = headerLine.TrimStart('\uFEFF');
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = DetectSeparator(headerLine).ToString(),
            HasHeaderRecord = false,
            Mode = CsvMode.RFC4180,
            BadDataFound = bad => throw new ImportFormatException(
                $"Unbalanced quotes on line {bad.Context.Parser?.RawRow + lines}: a quote inside a field that is not quoted, or a quoted field that never ends."),
        };
        using (var header = new CsvParser(new StringReader(headerLine), config))
        {
            if (header.Read())
            {
                yield return (lines, Checked(header.Record ?? []));
            }
        }

        using var parser = new CsvParser(reader, config, leaveOpen: true);
        var lastLine = 0;
        while (await Decoded(parser.ReadAsync))
        {
            var record = Checked(parser.Record ?? []);
            if (record.Length > 1 || record[0].Length > 0)
            {
                yield return (lines + lastLine + 1, record);
            }

            lastLine = parser.RawRow;
        }
    }

    // The request body cannot be read synchronously: every read is awaited.
    private static async Task<T> Decoded<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (DecoderFallbackException)
        {
            throw new ImportFormatException(NotUtf8);
        }
    }

    private static string[] Checked(string[] record) =>
        record.Any(field => field.Contains('\0', StringComparison.Ordinal)) ? throw new ImportFormatException(Binary) : record;

    /// <summary>Rows written between flushes: an export of any size goes out in constant memory.</summary>
    private const int FlushEvery = 1000;

    /// <summary>
    /// The one CSV writer of every download (exports, lead-in terms, search insights): RFC 4180, UTF-8 with a
    /// BOM for Excel, the header row, then a row each. Every cell goes through <see cref="Neutralise"/>, not
    /// CsvHelper's injection option: that escapes by the first character alone, so a phone number (+371…)
    /// came out as '+371… in every spreadsheet.
    /// </summary>
    public static async Task WriteAsync(Stream body, string[] columns, IEnumerable<string[]> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        await using var text = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        await using var writer = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" });
        var written = 0;
        foreach (var row in rows.Prepend(columns))
        {
            foreach (var field in row)
            {
                writer.WriteField(Neutralise(field));
            }

            await writer.NextRecordAsync();
            if (++written % FlushEvery == 0)
            {
                await writer.FlushAsync();
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>
    /// A cell a spreadsheet would run as a formula (OWASP's CSV-injection advice: it starts with =, @, tab or
    /// CR, or with + or - followed by more than a number such as a phone number) gets a leading apostrophe;
    /// so does text that itself starts with an apostrophe before one of those (or another apostrophe), so
    /// that <see cref="Unescape"/> gives back exactly what was stored.
    /// </summary>
    public static string Neutralise(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var runs = field.Length > 0 && field[0] switch
        {
            '=' or '@' or '\t' or '\r' => true,
            '+' or '-' => !PlainNumber().IsMatch(field),
            InjectionEscape => field.Length > 1 && Escaped.Contains(field[1]),
            _ => false,
        };
        return runs ? InjectionEscape + field : field;
    }

    /// <summary>A field as it was before <see cref="Neutralise"/> wrote it for spreadsheets.</summary>
    public static string Unescape(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Length > 1 && field[0] == InjectionEscape && Escaped.Contains(field[1]) ? field[1..] : field;
    }

    private const char InjectionEscape = '\'';

    // What may follow an escaping apostrophe: the characters a formula starts with, and the apostrophe itself.
    private static readonly SearchValues<char> Escaped = SearchValues.Create("=+-@\t\r'");

    // + or - then digits, spaces and the separators of a phone number or an amount: runs nothing.
    [GeneratedRegex(@"^[+-][0-9][0-9 ().,/-]*$")]
    private static partial Regex PlainNumber();

    private static char DetectSeparator(string header) => header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
}
