namespace TenderHall.Api.Security;

/// <summary>Answers that hand out credentials must not be kept by any cache (RFC 6749 §5.1).</summary>
public static class NoStoreExtensions
{
    /// <summary>Marks every answer of the endpoint <c>Cache-Control: no-store</c>.</summary>
    public static RouteHandlerBuilder NoStore(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            context.HttpContext.Response.Headers.Pragma = "no-cache";
            return await next(context);
        });
}
