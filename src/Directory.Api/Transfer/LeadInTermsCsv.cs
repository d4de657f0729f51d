using Directory.Api.Search;
using Directory.Api.Writes;
using Directory.Domain;

namespace Directory.Api.Transfer;

/// <summary>
/// The lead-in terms as a spreadsheet edits them: one row per support area and target group, a language's
/// terms in one cell separated by "; ". Names are shown to help, not read back. Cells are formula-safe.
/// </summary>
public static class LeadInTermsCsv
{
    public static readonly string[] Columns = ["kind", "code", "nameLv", "nameEn", "leadInTermsLv", "leadInTermsEn"];

    private const string Separator = "; ";

    /// <summary>The columns read back: names are there to help the person editing.</summary>
    private static readonly string[] Required = ["kind", "code", "leadInTermsLv", "leadInTermsEn"];

    public static async Task WriteAsync(Stream body, IEnumerable<LeadInEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await Csv.WriteAsync(body, Columns, entries.Select(e => new[]
        {
            e.Kind.Code(), e.Code, e.NameLv, e.NameEn, string.Join(Separator, LeadInTerms.Split(e.TermsLv)), string.Join(Separator, LeadInTerms.Split(e.TermsEn)),
        }), cancellationToken);
    }

    /// <summary>The rows of the file, each with the entry it names and its terms as stored; or the faults, by line.</summary>
    public static async Task<(List<(LeadInEntity Entity, string Lv, string En)> Rows, Dictionary<string, string[]> Errors)> ReadAsync(
        Stream body, IReadOnlyList<LeadInEntity> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var byKey = entities.ToDictionary(e => (e.Kind, e.Code));
        var rows = new List<(LeadInEntity, string, string)>();
        var validation = new WriteValidation(Directory.Api.ReferenceData.ReferenceDataCache.Snapshot.Empty);
        var seen = new HashSet<LeadInEntity>();
        Dictionary<string, int>? columns = null;
        try
        {
            using var reader = Csv.Reader(body);
            await foreach (var (line, fields) in Csv.Read(reader).WithCancellation(cancellationToken))
            {
                if (columns is null)
                {
                    columns = fields.Select((name, i) => (name: name.Trim(), i)).GroupBy(c => c.name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
                    var missing = Required.Where(c => !columns.ContainsKey(c)).ToList();
                    if (missing.Count > 0)
                    {
                        return ([], new() { ["header"] = [$"Missing columns: {string.Join(", ", missing)}. Start from GET /api/v1/lead-in-terms."] });
                    }

                    continue;
                }

                string Cell(string column) => columns[column] < fields.Length ? Csv.Unescape(fields[columns[column]].Trim()) : "";
                var at = $"line {line}";
                if (LeadInKinds.Parse(Cell("kind")) is not { } kind || !byKey.TryGetValue((kind, Cell("code")), out var entity))
                {
                    validation.Add(at, $"No {Cell("kind")} has the code '{Cell("code")}' (kind is support-area or target-group).");
                    continue;
                }

                if (!seen.Add(entity))
                {
                    validation.Add(at, $"{kind.Code()} '{entity.Code}' has a row already.");
                    continue;
                }

                var lv = LeadInTermRules.Checked(validation, $"{at}: leadInTermsLv", Terms(Cell("leadInTermsLv")), TextLanguage.Latvian);
                var en = LeadInTermRules.Checked(validation, $"{at}: leadInTermsEn", Terms(Cell("leadInTermsEn")), TextLanguage.English);
                if (lv is not null && en is not null)
                {
                    rows.Add((entity, lv, en));
                }
            }
        }
        catch (ImportFormatException e)
        {
            return ([], new() { ["file"] = [e.Message] });
        }

        return validation.IsValid ? (rows, []) : ([], validation.Errors);
    }

    private static string[] Terms(string cell) => cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
