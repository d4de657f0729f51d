using System.Linq.Expressions;
using System.Reflection;

namespace Directory.Api.Queries;

/// <summary>
/// The projection of an entity to its read-model row: each member of the row is copied from the entity's
/// member of the same name, so a field added to both is read without naming it here; the members given
/// explicitly (computed, or read only on a condition) take their place. EF Core translates it to SQL, and
/// compiled it makes the row of an entity in memory.
/// </summary>
internal static class Projection
{
    /// <param name="given">The members that are not a plain copy, as an anonymous object of the entity (<c>e => new { Email = … }</c>).</param>
    public static Expression<Func<TEntity, TRow>> ByName<TEntity, TRow>(Expression<Func<TEntity, object>>? given = null)
    {
        var entity = given?.Parameters[0] ?? Expression.Parameter(typeof(TEntity), typeof(TEntity).Name[..1].ToLowerInvariant());
        var explicitly = new Dictionary<string, Expression>(StringComparer.Ordinal);
        if (given?.Body is NewExpression { Members: { } members } anonymous)
        {
            for (var i = 0; i < members.Count; i++)
            {
                explicitly[members[i].Name] = anonymous.Arguments[i];
            }
        }

        var bindings = typeof(TRow).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .OrderBy(p => p.MetadataToken) // declaration order: the SELECT lists the columns as the row declares them
            .Select(row => explicitly.Remove(row.Name, out var value) ? Expression.Bind(row, value) : Copy(entity, row))
            .ToList();
        if (explicitly.Count > 0)
        {
            throw new InvalidOperationException($"{typeof(TRow).Name} has no member {string.Join(", ", explicitly.Keys)}.");
        }

        return Expression.Lambda<Func<TEntity, TRow>>(Expression.MemberInit(Expression.New(typeof(TRow)), bindings), entity);
    }

    private static MemberAssignment Copy(ParameterExpression entity, PropertyInfo row) =>
        entity.Type.GetProperty(row.Name) is { } source && row.PropertyType.IsAssignableFrom(source.PropertyType)
            ? Expression.Bind(row, Expression.Property(entity, source))
            : throw new InvalidOperationException($"{row.DeclaringType!.Name}.{row.Name} has no member of the same name and type on {entity.Type.Name}: give it explicitly.");
}
