namespace Directory.Api.ReadModel;

/// <summary>
/// A write (any method but GET, HEAD and OPTIONS) starts its answer only once the read model includes
/// it: readers never wait for the rebuild, but the writer's next read shows what it wrote.
/// </summary>
public static class ReadYourWrites
{
    public static WebApplication UseReadYourWrites(this WebApplication app)
    {
        var published = app.Services.GetRequiredService<PublishedProfiles>();
        app.Use((context, next) =>
        {
            var method = context.Request.Method;
            if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method))
            {
                context.Response.OnStarting(() => published.CatchUpAsync(context.RequestAborted));
            }

            return next(context);
        });
        return app;
    }
}
