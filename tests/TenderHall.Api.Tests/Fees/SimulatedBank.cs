using System.Net.Http.Json;
using System.Security.Cryptography;
using TenderHall.Api.Fees;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Fees;

namespace TenderHall.Api.Tests.Fees;

/// <summary>The designated bank window in tests: signs payment callbacks with the simulated bank key of the platform's data directory.</summary>
internal sealed class SimulatedBank : IDisposable
{
    private readonly ECDsa key = ECDsa.Create();

    public SimulatedBank(string dataDirectory) => key.ImportPkcs8PrivateKey(File.ReadAllBytes(SimulatedBankKey.PathIn(dataDirectory)), out _);

    /// <summary>A callback for <paramref name="orderId"/>, signed.</summary>
    public BankCallback Paid(string orderId, long amountFen, DateTimeOffset paidAt, string transactionId, string payerAccount = "6222020200112233445") =>
        Sign(new BankCallback
        {
            OrderId = orderId, BankTransactionId = transactionId, AmountFen = amountFen, Currency = "CNY", PaidAt = paidAt, PayerAccount = payerAccount,
        });

    /// <summary>Signs <paramref name="callback"/> over its canonical text.</summary>
    public BankCallback Sign(BankCallback callback)
    {
        var signature = key.SignData(BankCallbackSignature.Bytes(callback), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        callback.Signature = Convert.ToBase64String(signature);
        return callback;
    }

    /// <summary>Sends <paramref name="callback"/> as the bank does, without a token.</summary>
    public static Task<HttpResponseMessage> Send(HttpClient anonymous, BankCallback callback) =>
        anonymous.PostAsJsonAsync("/api/v1/fees/bank-callbacks", callback);

    public void Dispose() => key.Dispose();
}
