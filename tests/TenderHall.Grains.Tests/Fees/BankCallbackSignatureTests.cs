using System.Security.Cryptography;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Fees;

namespace TenderHall.Grains.Tests.Fees;

public sealed class BankCallbackSignatureTests
{
    private static readonly ECDsa Bank = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private static readonly BankCallbackVerifier Verifier = new(Bank.ExportSubjectPublicKeyInfo());

    private static BankCallback Callback() => new()
    {
        OrderId = "doc:T-2026-001:bidder-07",
        BankTransactionId = "ICBC-20260314-000123",
        AmountFen = 50_000,
        Currency = "CNY",
        PaidAt = new DateTimeOffset(2026, 3, 14, 2, 15, 0, TimeSpan.Zero),
        PayerAccount = "6222020200112233445",
    };

    private static BankCallback Signed(ECDsa key, BankCallback callback)
    {
        callback.Signature = Convert.ToBase64String(key.SignData(BankCallbackSignature.Bytes(callback), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        return callback;
    }

    private static string Refusal(BankCallback callback) =>
        Assert.Throws<RuleViolationException>(() => Verifier.Check(callback)) is { Rule: "FEE-BANK-SIGNATURE" } e ? e.Args["detail"] : "";

    [Fact]
    public void The_canonical_text_is_the_documented_one() =>
        Assert.Equal(
            "tenderhall-fee-callback/v1\norderId=doc:T-2026-001:bidder-07\nbankTransactionId=ICBC-20260314-000123\namountFen=50000\n"
            + "currency=CNY\npaidAt=2026-03-14T02:15:00Z\npayerAccount=6222020200112233445",
            BankCallbackSignature.Canonical(Callback()));

    [Fact]
    public void A_callback_signed_by_the_bank_verifies() => Verifier.Check(Signed(Bank, Callback()));

    [Fact]
    public void A_tampered_amount_is_refused()
    {
        var callback = Signed(Bank, Callback());
        callback.AmountFen = 5_000;
        Assert.Contains("does not verify", Refusal(callback));
    }

    [Fact]
    public void A_callback_signed_by_another_key_is_refused()
    {
        using var forger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Assert.Contains("does not verify", Refusal(Signed(forger, Callback())));
    }

    [Fact]
    public void A_missing_or_garbled_signature_is_refused()
    {
        Assert.Equal("is missing", Refusal(Callback()));
        var garbled = Callback();
        garbled.Signature = "not base64!";
        Assert.Equal("is not base64", Refusal(garbled));
    }

    [Fact]
    public void Fields_that_could_shift_lines_are_refused_even_when_signed()
    {
        var callback = Callback();
        callback.PayerAccount = "1\namountFen=1";
        Assert.Contains("line break", Refusal(Signed(Bank, callback)));
    }

    [Fact]
    public void Only_P256_bank_keys_are_accepted()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        Assert.ThrowsAny<CryptographicException>(() => new BankCallbackVerifier(p384.ExportSubjectPublicKeyInfo()));
    }
}
