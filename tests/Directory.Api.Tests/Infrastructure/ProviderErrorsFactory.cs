using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Data.SqlClient;

namespace Directory.Api.Tests.Infrastructure;

/// <summary>
/// SQL Server's errors as its client raises them. SqlException has no public constructor; this fills
/// the same fields the client does, so the app's recognition of error numbers is tested without a server.
/// </summary>
public static class ProviderErrorsFactory
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

    public static SqlException SqlException(int number, byte errorClass = 16)
    {
        var error = (SqlError)RuntimeHelpers.GetUninitializedObject(typeof(SqlError));
        Field(typeof(SqlError), typeof(int), "number").SetValue(error, number);
        Field(typeof(SqlError), typeof(byte), "class").SetValue(error, errorClass);
        Field(typeof(SqlError), typeof(string), "message").SetValue(error, $"SQL Server error {number}");

        var errors = (SqlErrorCollection)Activator.CreateInstance(typeof(SqlErrorCollection), nonPublic: true)!;
        typeof(SqlErrorCollection).GetMethod("Add", Instance, [typeof(SqlError)])!.Invoke(errors, [error]);

        var exception = (SqlException)RuntimeHelpers.GetUninitializedObject(typeof(SqlException));
        Field(typeof(SqlException), typeof(SqlErrorCollection), "error").SetValue(exception, errors);
        return exception;
    }

    private static FieldInfo Field(Type owner, Type type, string nameContains) =>
        owner.GetFields(Instance).FirstOrDefault(f => f.FieldType == type && f.Name.Contains(nameContains, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"{owner.Name} has no {type.Name} field like '{nameContains}' in this version of Microsoft.Data.SqlClient.");
}
