using System.Security.Claims;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.RateLimits;

/// <summary>
/// Limits on taking queue tickets (排号) without signing in: a kiosk or a script may not empty a window's day of numbers
/// (999 a lane) or push real visitors back. Every ticket is counted before it is taken, against the caller's address and,
/// when a token is sent, its account too; a spent budget is refused with HALL-TICKET-RATE before the queue is touched.
/// </summary>
public sealed class TicketLimits(IRateLimitStore store, RateLimitOptions options)
{
    /// <summary>The rule code of a refusal.</summary>
    public const string Code = "HALL-TICKET-RATE";

    /// <summary>Counts one ticket for the caller; throws HALL-TICKET-RATE when its address's or its account's budget is spent.</summary>
    public async Task Count(HttpContext context)
    {
        // The address first, and a refused ticket counts no further: a busy address does not spend its accounts' budgets.
        Refuse(await store.HitAsync(Key("address", ClientAddress.Of(context)), options.TicketsPerAddress.Limit, options.TicketsPerAddress.Window));
        if (context.User.FindFirstValue("sub") is { Length: > 0 } account)
            Refuse(await store.HitAsync(Key("account", account), options.TicketsPerAccount.Limit, options.TicketsPerAccount.Window));
    }

    // Escaped, so neither an IPv6 address nor a user name holding ':' can stand for another key.
    private static string Key(string kind, string who) => $"tickets:{kind}:{Uri.EscapeDataString(who)}";

    private static void Refuse(RateLimitHit hit)
    {
        if (!hit.Allowed) throw RuleViolationException.Of(Code, ("seconds", hit.RetryAfterSeconds));
    }
}
