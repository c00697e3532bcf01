using System.Net.Http.Json;
using System.Security.Cryptography;
using TenderHall.Api.Fees;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Hosting;
using TenderHall.Portal.DemoBank;

namespace TenderHall.Api.Demo;

/// <summary>
/// The simulated bank's server (<c>/demo/bank</c>), behind the Portal's bank pages of a demo or test platform: standing in for
/// the designated bank and the guarantee issuers, it signs a payment notice or a decision on a letter with the simulated
/// bank key and sends it to the platform's callback endpoint over HTTP, as the real bank's server does. The platform
/// verifies it there like any other callback; this server only answers with what the platform said. Not part of the API
/// (no OpenAPI entry) and not mapped at all unless <see cref="SimulatedBankSetting.Enabled"/>.
/// </summary>
public static class SimulatedBankApi
{
    /// <summary>The named HTTP client the bank's server calls the platform with.</summary>
    public const string ClientName = "simulated-bank";

    /// <summary>Maps the bank's server where the setting allows it.</summary>
    public static IEndpointRouteBuilder MapSimulatedBank(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<SimulatedBankSetting>().Enabled) return app;
        var bank = app.MapGroup("/demo/bank").AllowAnonymous().ExcludeFromDescription();
        bank.MapPost("/payments", Pay);
        bank.MapPost("/guarantee-decisions", Decide);
        return app;
    }

    private static async Task<IResult> Pay(SimulatedPayment payment, PlatformOptions platform, PlatformClock clock, IHttpClientFactory http, HttpContext context)
    {
        if (!FeeOrderIds.TryParse(payment.OrderId, out _, out _, out _)) throw RuleViolationException.Of("FEE-ORDER-NOT-FOUND", ("id", payment.OrderId ?? ""));
        if (payment.AmountFen is not > 0) throw RuleViolationException.Of("REQ-FIELD", ("field", "amountFen"), ("detail", "a positive amount in fen"));
        using var window = new SimulatedBankWindow(platform.DataDirectory);
        var transaction = "SIM-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6));
        return await Send(http, context, "/api/v1/fees/bank-callbacks", window.Paid(payment.OrderId!, payment.AmountFen.Value, clock.UtcNow, transaction));
    }

    // The issuer knows the letters it issued: here, the letter as lodged, which it verifies or rejects.
    private static async Task<IResult> Decide(SimulatedDecision decision, PlatformOptions platform, PlatformClock clock, IGrainFactory grains, IHttpClientFactory http, HttpContext context)
    {
        if (!GuaranteeIds.TryParse(decision.GuaranteeId, out _, out _)) throw RuleViolationException.Of("GUAR-NONE", ("id", decision.GuaranteeId ?? ""));
        var verdict = decision.Decision ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "decision"), ("detail", "Verified or Rejected"));
        var letter = await grains.GetGrain<IGuaranteeGrain>(decision.GuaranteeId!).Get() ?? throw RuleViolationException.Of("GUAR-NONE", ("id", decision.GuaranteeId!));
        using var window = new SimulatedBankWindow(platform.DataDirectory);
        return await Send(http, context, "/api/v1/guarantees/issuer-callbacks", window.Decided(letter, verdict, clock.UtcNow));
    }

    // To this very server, at the socket the page's request came in on (never the Host header, which the caller chooses),
    // in the page's language; its answer goes back as it came.
    private static async Task<IResult> Send<T>(IHttpClientFactory http, HttpContext context, string path, T callback)
    {
        var client = http.CreateClient(ClientName);
        var local = context.Connection.LocalIpAddress ?? System.Net.IPAddress.Loopback;
        if (local.IsIPv4MappedToIPv6) local = local.MapToIPv4();
        var host = local.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{local}]" : local.ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{context.Request.Scheme}://{host}:{context.Connection.LocalPort}{path}"))
        {
            Content = JsonContent.Create(callback),
        };
        request.Headers.TryAddWithoutValidation("Accept-Language", context.Request.Headers.AcceptLanguage.ToString());
        using var response = await client.SendAsync(request, context.RequestAborted);
        var body = await response.Content.ReadAsStringAsync(context.RequestAborted);
        return Results.Text(body, response.Content.Headers.ContentType?.ToString() ?? "application/json", System.Text.Encoding.UTF8, (int)response.StatusCode);
    }
}
