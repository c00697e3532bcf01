using System.Net.Http.Json;
using TenderHall.Api.Fees;
using TenderHall.Grains.Contracts.Fees;

namespace TenderHall.Api.Tests.Fees;

/// <summary>The designated bank window in tests: the platform's simulated bank, sending its callbacks over HTTP.</summary>
internal sealed class SimulatedBank(string dataDirectory) : IDisposable
{
    private readonly SimulatedBankWindow window = new(dataDirectory);

    /// <summary>A signed callback for <paramref name="orderId"/>.</summary>
    public BankCallback Paid(string orderId, long amountFen, DateTimeOffset paidAt, string transactionId, string payerAccount = "6222020200112233445") =>
        window.Paid(orderId, amountFen, paidAt, transactionId, payerAccount);

    /// <summary>Signs <paramref name="callback"/> over its canonical text.</summary>
    public BankCallback Sign(BankCallback callback) => window.Sign(callback);

    /// <summary>Sends <paramref name="callback"/> as the bank does, without a token.</summary>
    public static Task<HttpResponseMessage> Send(HttpClient anonymous, BankCallback callback) =>
        anonymous.PostAsJsonAsync("/api/v1/fees/bank-callbacks", callback);

    public void Dispose() => window.Dispose();
}
