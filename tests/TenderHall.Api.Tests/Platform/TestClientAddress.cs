using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace TenderHall.Api.Tests.Platform;

/// <summary>
/// Lets a test play a client at another network address: the in-memory test server has none, so the header
/// <c>X-Test-Client-Address</c> sets the connection's remote address before anything reads it.
/// </summary>
internal sealed class TestClientAddress : IStartupFilter
{
    /// <summary>The header.</summary>
    public const string Header = "X-Test-Client-Address";

    /// <inheritdoc />
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
                context.Connection.RemoteIpAddress = address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
