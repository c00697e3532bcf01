using System.Security.Cryptography;
using System.Text.Json;
using TenderHall.BidderTool.Cli;
using TenderHall.BidderTool.Keys;
using TenderHall.BidderTool.Platform;
using TenderHall.Crypto;
using TenderHall.Crypto.Custody;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Crypto.Signing;

namespace TenderHall.BidderTool.Opening;

/// <summary>
/// <c>share</c>: at the opening, a key custodian fetches its wrapped share of the tender's opening key, unwraps it with its
/// own encryption key (which never leaves this machine), signs it with its registered signing key and hands it over.
/// </summary>
public sealed class ShareCommand : IOnlineCommand
{
    /// <inheritdoc/>
    public string Name => "share";

    /// <inheritdoc/>
    public string Synopsis => "share --tender <id> --encryption-key <custodian key.json | pkcs8> --key <signing key>   (key custodians, at the opening)";

    /// <inheritdoc/>
    public IReadOnlyList<string> Options => ["tender", "encryption-key", "key"];

    /// <inheritdoc/>
    public async Task<Outcome> RunAsync(Arguments args, CliContext context)
    {
        args.NoPositional();
        var tender = args.Required("tender");
        var encryptionKey = args.Required("encryption-key");
        // Both keys are read before the platform is asked: a key file that does not load costs nothing there.
        using var custodian = BidderKeys.Encryption(encryptionKey);
        using var signing = BidderKeys.Signing(args.Required("key"));
        try
        {
            return await HandOverAsync(PlatformClient.From(args, context), tender, custodian, signing);
        }
        catch (PlatformException e) when (Hint(e.Rule) is { } hint)
        {
            return Outcome.Failed($"{e.Message} {hint}");
        }
    }

    private static async Task<Outcome> HandOverAsync(PlatformClient platform, string tender, EncryptionKeyPair custodian, SignatureKey signing)
    {
        var wrapped = await platform.GetJsonAsync(PlatformClient.Tender(tender, "custody/share"), signedIn: true);
        var share = new EncryptedShare(Convert.FromHexString(wrapped.GetProperty("custodianKeyId").GetString() ?? ""), wrapped.GetProperty("x").GetByte(),
            Convert.FromBase64String(wrapped.GetProperty("wrappedShare").GetString() ?? ""));
        if (!share.CustodianKeyId.AsSpan().SequenceEqual(custodian.PublicKey.KeyId))
        {
            return Outcome.Failed($"FAILED: the share of tender {tender} is wrapped to the encryption key with key id {KeyId.ToHex(share.CustodianKeyId)}, "
                                  + $"but --encryption-key is key {KeyId.ToHex(custodian.PublicKey.KeyId)} ({custodian.Suite}). Use the custodian key registered "
                                  + "when the tender was published; nothing was handed over.");
        }

        SecretShare decrypted;
        try
        {
            decrypted = OpeningKeyCustody.DecryptShare(share, custodian);
        }
        catch (CryptographicException e)
        {
            return Outcome.Failed($"FAILED: the share wrapped to key {KeyId.ToHex(share.CustodianKeyId)} does not decrypt with --encryption-key ({e.Message}); nothing was handed over.");
        }

        try
        {
            var signature = signing.Sign(HandOverMessage.Share(tender, decrypted.X, decrypted.Y));
            var body = JsonSerializer.Serialize(new { x = decrypted.X, share = Convert.ToBase64String(decrypted.Y), signature = Convert.ToBase64String(signature) });
            using var response = await platform.SendAsync(HttpMethod.Post, PlatformClient.Tender(tender, "opening/shares"), signedIn: true,
                request => request.Content = PlatformClient.Json(body));
            return Outcome.Done(Handed(tender, decrypted.X, await PlatformClient.ReadJsonAsync(response)));
        }
        finally
        {
            decrypted.Clear();
        }
    }

    private static string Handed(string tender, byte x, JsonElement view)
    {
        var shares = view.TryGetProperty("sharesFrom", out var from) && from.ValueKind == JsonValueKind.Array ? from.GetArrayLength() : 0;
        var threshold = view.TryGetProperty("threshold", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : 0;
        var status = view.TryGetProperty("status", out var s) ? s.ToString() : "?";
        var next = status switch
        {
            "Decrypting" => " The opening key is rebuilt: the bids are being decrypted.",
            "AwaitingBidderParts" => " The opening key is rebuilt: each bidder now hands over its own part.",
            _ when shares < threshold => $" {threshold - shares} more custodian(s) must hand over their shares.",
            _ => "",
        };
        return $"Share x = {x} of tender {tender} handed over: the session has {shares} of the {threshold} shares needed, status {status}.{next}";
    }

    private static string? Hint(string? rule) => rule switch
    {
        "OPEN-STATE" => "Shares are taken only while the session awaits them: after the bid deadline, and until the key is rebuilt.",
        "OPEN-SUPERVISOR" => "No supervisor has checked in yet: run the command again once the supervisor is present.",
        "OPEN-SHARE" => "Check that --key is a signing key registered (and not retired) for your organisation.",
        "BID-CUSTODIAN" => "Sign in with the account of a custodian organisation named in the tender's opening key.",
        _ => null,
    };
}
