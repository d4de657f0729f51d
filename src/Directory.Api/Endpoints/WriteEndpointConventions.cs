using Directory.Api.Http;

namespace Directory.Api.Endpoints;

internal static class WriteEndpointConventions
{
    public static RouteHandlerBuilder Creates<T>(this RouteHandlerBuilder builder) => builder
        .WithMetadata(new HonoursIdempotencyKey())
        .Produces<T>(StatusCodes.Status201Created)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>What every write to an existing profile can answer besides success.</summary>
    public static RouteHandlerBuilder WritesExisting<T>(this RouteHandlerBuilder builder) =>
        builder.Produces<T>().WritesExisting().ProducesValidationProblem();

    public static RouteHandlerBuilder WritesExisting(this RouteHandlerBuilder builder) => builder
        .WithMetadata(new RequiresIfMatch())
        .ReadsProtected()
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    public static RouteHandlerBuilder ReadsProtected(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);
}
