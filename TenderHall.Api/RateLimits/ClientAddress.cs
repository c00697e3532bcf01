using System.Net;

namespace TenderHall.Api.RateLimits;

/// <summary>The address a request came from, as the rate limits count it.</summary>
public static class ClientAddress
{
    /// <summary>The connection's address (IPv4-mapped addresses as IPv4); behind a reverse proxy that is the proxy's unless forwarded headers are configured.</summary>
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
        IPAddress address => address.ToString(),
    };
}
