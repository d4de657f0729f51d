using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Validation;

namespace Directory.Api.Validation;

/// <summary>
/// Runs the rules declared as attributes on a request type (lengths, ranges, patterns, allowed values:
/// the same attributes the OpenAPI document shows) through the framework's validator, which
/// <c>AddValidation()</c> builds at compile time for every endpoint parameter and <c>[ValidatableType]</c>.
/// </summary>
/// <remarks>
/// The framework's endpoint filter is turned off (<c>DisableValidation()</c> on the route groups) and this
/// is called instead, for two reasons. The filter keys each error by the C# member path (<c>PageSize</c>,
/// <c>SocialLinks[0].Url</c>; dotnet/aspnetcore#61764, #63290), and here every segment takes its wire name,
/// camel case as the API's JSON and query names are (<c>pageSize</c>, <c>socialLinks[0].url</c>). And it answers
/// before the handler runs, where a request's declared and reference errors (an unknown region code, a
/// taken slug) come back together in one answer. HSDS and imports, which build their requests
/// themselves, go through the same validator.
/// </remarks>
public sealed class DeclaredRules(IOptions<ValidationOptions> options, IServiceProvider services)
{
    // The generated resolver builds a type's validation info anew on every call (2 % of the bytes a list
    // request allocated): kept per type. Its keys are the request types of this assembly, a closed set.
    private readonly ConcurrentDictionary<Type, IValidatableInfo?> _infos = new();

    /// <summary>Every broken declared rule of <paramref name="request"/>, keyed by its wire name; empty when it keeps them all.</summary>
    public Dictionary<string, string[]> Check(object request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Info(request.GetType()) is not { } info)
        {
            // A type declares no rule (the generator makes nothing for it), or is not marked [ValidatableType]:
            // DeclaredRulesTests finds every type with a rule and asks for its validation.
            return [];
        }

        var context = new ValidateContext { ValidationOptions = options.Value, ValidationContext = new ValidationContext(request, services, null) };
        var validation = info.ValidateAsync(request, context, CancellationToken.None);

        // Attributes validate synchronously (ValidationAttribute.IsValid), so the task is complete here; an
        // asynchronous rule would belong in a writer, beside the reference and uniqueness checks.
        if (!validation.IsCompleted)
        {
            throw new InvalidOperationException($"A declared rule of {request.GetType().Name} did not complete synchronously.");
        }

        validation.GetAwaiter().GetResult();
        return (context.ValidationErrors ?? new Dictionary<string, string[]>()).ToDictionary(e => WireName(e.Key), e => e.Value, StringComparer.Ordinal);
    }

    /// <summary>Whether the framework generated validation for <paramref name="type"/>.</summary>
    public bool Covers(Type type) => Info(type) is not null;

    private IValidatableInfo? Info(Type type) =>
        _infos.GetOrAdd(type, t => options.Value.TryGetValidatableTypeInfo(t, out var info) ? info : null);

    /// <summary><c>SocialLinks[0].Url</c> → <c>socialLinks[0].url</c>: each member of the path as the serializer names it.</summary>
    public static string WireName(string path) =>
        string.Join('.', path.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
