using System.Data.Common;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Directory.Infrastructure;

/// <summary>
/// Inserts many rows of an entity (its columns and owned collections stored as JSON; not its other navigations) with
/// multi-row INSERT statements, inside the context's current transaction. Table, columns and how each
/// value is sent come from the EF Core model and its type mappings, so the rows are stored exactly as
/// SaveChanges would store them. Why not SaveChanges: an import of 5,000 NGOs has ~20,000 link rows,
/// and EF Core's per-entity work took ~1.5 s of a 2 s save (bench/, "CSV import"); no bulk library that
/// works on both providers is served here. The entities are not tracked.
/// </summary>
public static class BulkInsert
{
    // Few parameters a statement: Microsoft.Data.Sqlite finds each parameter by name in a list, so a
    // statement's cost grows with the square of its parameters (2,000 took 4× as long as 100 a row).
    // Well under SQL Server's 2,100 parameters and 1,000 rows per VALUES.
    private const int MaxParameters = 100;
    private const int MaxRows = 1000;

    public static async Task InsertAsync<T>(DirectoryDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        // A key the database generates (an identity) is left to the database, as SaveChanges would.
        var columns = entityType.GetProperties()
            .Where(p => !(p.IsKey() && p.ValueGenerated.HasFlag(ValueGenerated.OnAdd)))
            .Where(p => p.GetColumnName(table) is not null)
            .Select(p => (Property: p, Mapping: p.GetRelationalTypeMapping(), Getter: p.GetGetter()))
            .Select(p => new Column(p.Property.GetColumnName(table)!, (command, name, row) =>
                p.Mapping.CreateParameter(command, name, p.Getter.GetClrValue(row), p.Property.IsNullable)))
            .Concat(entityType.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).Select(JsonColumn))
            .ToList();

        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var chunk in rows.Chunk(Math.Min(MaxRows, MaxParameters / columns.Count)))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head);
            for (var r = 0; r < chunk.Length; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = $"p{(r * columns.Count) + c}";
                    command.Parameters.Add(columns[c].Parameter(command, name, chunk[r]));
                    text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed record Column(string Name, Func<DbCommand, string, object, DbParameter> Parameter);

    /// <summary>
    /// A collection of owned entities stored as JSON in one column (SocialLinks): an array of objects
    /// under the model's JSON property names, which is what EF Core writes and reads.
    /// </summary>
    private static Column JsonColumn(INavigation navigation)
    {
        var owned = navigation.TargetEntityType;
        if (!owned.IsMappedToJson() || !navigation.IsCollection)
        {
            throw new InvalidOperationException($"{navigation.Name}: only owned collections stored as JSON can be inserted in bulk.");
        }

        var properties = owned.GetProperties().Where(p => !p.IsShadowProperty()).Select(p => (Name: p.GetJsonPropertyName()!, Getter: p.GetGetter())).ToList();
        var getter = navigation.GetGetter();
        return new Column(owned.GetContainerColumnName()!, (command, name, row) =>
        {
            var items = (System.Collections.IEnumerable?)getter.GetClrValue(row);
            var json = items is null ? null : new JsonArray([.. items.Cast<object>().Select(item =>
                (JsonNode)new JsonObject(properties.Select(p => KeyValuePair.Create(p.Name, JsonValue.Create(p.Getter.GetClrValue(item)) as JsonNode))))]);
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = json?.ToJsonString() ?? (object)DBNull.Value;
            return parameter;
        });
    }
}
