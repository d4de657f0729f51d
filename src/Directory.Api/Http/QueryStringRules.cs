using System.Collections.Frozen;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Directory.Api.Http;

/// <summary>
/// What every operation's query string may hold, read from the same API descriptions the OpenAPI
/// document is made of: so the parameters the contract lists are exactly the ones accepted. An unknown
/// name (a misspelt <c>regoin</c> would otherwise return everything) or a value that is not of the
/// parameter's type is a 400 problem naming the parameter, before binding could fail with a .NET type name.
/// </summary>
public sealed class QueryStringRules(IApiDescriptionGroupCollectionProvider explorer)
{
    private FrozenDictionary<string, FrozenDictionary<string, Type>>? _operations;

    /// <summary>The operation's offending parameters with a message each, or null when all are fine.</summary>
    public Dictionary<string, string[]>? Check(string operation, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Count == 0 || !Operations.TryGetValue(operation, out var parameters))
        {
            return null;
        }

        Dictionary<string, string[]>? errors = null;
        foreach (var (name, values) in query)
        {
            var message = parameters.TryGetValue(name, out var type)
                ? Problem(type, values)
                : $"'{name}' is not a parameter of this operation. Its parameters are: {(parameters.Count == 0 ? "none" : string.Join(", ", parameters.Keys.Order(StringComparer.Ordinal)))}.";
            if (message is not null)
            {
                (errors ??= new(StringComparer.Ordinal))[name] = [message];
            }
        }

        return errors;
    }

    private FrozenDictionary<string, FrozenDictionary<string, Type>> Operations => _operations ??= Build(explorer);

    private static string? Problem(Type type, Microsoft.Extensions.Primitives.StringValues values)
    {
        var scalar = Nullable.GetUnderlyingType(type) ?? type;
        if (scalar.IsArray)
        {
            return null; // lists are strings, checked by the endpoint against the reference data
        }

        if (values.Count > 1)
        {
            return "Give this parameter once.";
        }

        var value = values.ToString();
        return scalar switch
        {
            _ when scalar == typeof(int) => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? null : "Must be a whole number.",
            _ when scalar == typeof(long) => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? null : "Must be a whole number.",
            _ when scalar == typeof(bool) => bool.TryParse(value, out _) ? null : "Must be true or false.",
            _ when scalar == typeof(Guid) => Guid.TryParse(value, out _) ? null : "Must be a UUID.",
            _ when scalar.IsEnum => Enum.GetNames(scalar).Any(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase))
                ? null
                : $"Must be one of {string.Join(", ", ReferenceData.WireNames.All(scalar))}.",
            _ => null,
        };
    }

    private static FrozenDictionary<string, FrozenDictionary<string, Type>> Build(IApiDescriptionGroupCollectionProvider explorer)
    {
        var operations = new Dictionary<string, FrozenDictionary<string, Type>>(StringComparer.Ordinal);
        foreach (var description in explorer.ApiDescriptionGroups.Items.SelectMany(g => g.Items))
        {
            var name = description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
            if (name is null || operations.ContainsKey(name))
            {
                continue;
            }

            operations[name] = description.ParameterDescriptions
                .Where(p => p.Source == BindingSource.Query)
                .ToFrozenDictionary(p => p.Name, p => p.Type ?? typeof(string), StringComparer.OrdinalIgnoreCase);
        }

        return operations.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>Answers a query string that breaks <see cref="QueryStringRules"/> with the 400 problem, before the endpoint binds it.</summary>
public sealed class QueryStringValidationMiddleware(RequestDelegate next, QueryStringRules rules, IProblemDetailsService problems)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var operation = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        if (operation is null || rules.Check(operation, context.Request.Query) is not { } errors)
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = Http.Problems.InvalidQueryTitle,
            },
        }).AsTask();
    }
}
