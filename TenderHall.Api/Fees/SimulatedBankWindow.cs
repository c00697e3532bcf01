using System.Security.Cryptography;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;

namespace TenderHall.Api.Fees;

/// <summary>
/// The designated bank window of the embedded profile's demos and tests: it signs payment callbacks with the simulated
/// bank key in the data directory, exactly as the real bank signs them with its own key, and, standing in for guarantee
/// issuers too, their decisions on guarantee letters.
/// </summary>
public sealed class SimulatedBankWindow : IDisposable
{
    private readonly ECDsa key = ECDsa.Create();

    /// <summary>Loads the simulated bank key of <paramref name="dataDirectory"/>, creating it on first use.</summary>
    public SimulatedBankWindow(string dataDirectory)
    {
        var path = SimulatedBankKey.PathIn(dataDirectory);
        SimulatedBankKey.LoadOrCreate(path);
        key.ImportPkcs8PrivateKey(File.ReadAllBytes(path), out _);
    }

    /// <summary>A signed callback saying <paramref name="orderId"/> was paid (paid-at truncated to whole seconds, as the bank reports).</summary>
    public BankCallback Paid(string orderId, long amountFen, DateTimeOffset paidAt, string transactionId, string payerAccount = "6222020200112233445") =>
        Sign(new BankCallback
        {
            OrderId = orderId, BankTransactionId = transactionId, AmountFen = amountFen, Currency = "CNY",
            PaidAt = DateTimeOffset.FromUnixTimeSeconds(paidAt.ToUnixTimeSeconds()), PayerAccount = payerAccount,
        });

    /// <summary>Signs <paramref name="callback"/> over its canonical text.</summary>
    public BankCallback Sign(BankCallback callback)
    {
        callback.Signature = Signature(BankCallbackSignature.Bytes(callback));
        return callback;
    }

    /// <summary>A signed issuer decision on a lodged letter (decided-at truncated to whole seconds).</summary>
    public GuaranteeCallback Decided(GuaranteeLetter letter, GuaranteeDecision decision, DateTimeOffset decidedAt) =>
        Sign(new GuaranteeCallback
        {
            GuaranteeId = letter.GuaranteeId, LetterNumber = letter.LetterNumber, IssuerCreditCode = letter.IssuerCreditCode,
            AmountFen = letter.AmountFen, Decision = decision, DecidedAt = Seconds(decidedAt),
            ValidFrom = Seconds(letter.ValidFrom), ValidUntil = Seconds(letter.ValidUntil),
        });

    private static DateTimeOffset Seconds(DateTimeOffset instant) => DateTimeOffset.FromUnixTimeSeconds(instant.ToUnixTimeSeconds());

    /// <summary>Signs <paramref name="callback"/> over its canonical text, as the issuer gateway does.</summary>
    public GuaranteeCallback Sign(GuaranteeCallback callback)
    {
        callback.Signature = Signature(GuaranteeCallbackSignature.Bytes(callback));
        return callback;
    }

    private string Signature(byte[] text) =>
        Convert.ToBase64String(key.SignData(text, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

    /// <inheritdoc />
    public void Dispose() => key.Dispose();
}
