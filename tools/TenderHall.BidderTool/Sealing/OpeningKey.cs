using System.Text.Json;
using TenderHall.BidderTool.Cli;
using TenderHall.BidderTool.Platform;
using TenderHall.Crypto;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.KeyWrap;

namespace TenderHall.BidderTool.Sealing;

/// <summary>A tender's opening key as bidders seal to it: the key, its suite and the tender's opening policy when known.</summary>
/// <param name="TenderId">The tender the key belongs to, when the document says.</param>
/// <param name="Key">The public key (its suite is the envelope's suite).</param>
/// <param name="Policy">The tender's opening policy, when the document says.</param>
public sealed record OpeningKey(string? TenderId, EncryptionPublicKey Key, EnvelopePolicy? Policy)
{
    /// <summary>The suite of the key.</summary>
    public CryptoSuite Suite => Key.Suite;

    /// <summary>The key id in hex, as the platform shows it.</summary>
    public string KeyIdHex => KeyId.ToHex(Key.KeyId);

    /// <summary>
    /// The key from <c>--opening-key</c> (the platform's JSON, saved by <c>opening-key</c>, or a raw base64 key with
    /// <c>--suite</c>), or else fetched from the platform for <paramref name="tenderId"/>.
    /// </summary>
    public static async Task<OpeningKey> LoadAsync(Arguments args, CliContext context, string tenderId)
    {
        var suite = args.Value("suite") is { } s ? Parse<CryptoSuite>(s, "suite") : (CryptoSuite?)null;
        OpeningKey key;
        if (args.Value("opening-key") is { } file)
        {
            var text = File.ReadAllText(file).Trim();
            key = text.StartsWith('{')
                ? FromJson(JsonDocument.Parse(text).RootElement)
                : new OpeningKey(null, EncryptionPublicKey.FromRaw(suite ?? CryptoSuite.International, Convert.FromBase64String(text)), null);
        }
        else
        {
            key = FromJson(await PlatformClient.From(args, context).GetJsonAsync(PlatformClient.Tender(tenderId, "opening-key"), signedIn: false));
        }

        if (key.TenderId is { } owner && owner != tenderId)
            throw new InvalidOperationException($"The opening key is tender {owner}'s, not {tenderId}'s: fetch the key of the tender you bid for.");
        if (suite is { } wanted && wanted != key.Suite)
            throw new InvalidOperationException($"The tender seals with the {key.Suite} suite, not {wanted}: drop --suite or use {key.Suite}.");
        return key;
    }

    /// <summary>Reads the platform's opening-key document and checks its key id against the key.</summary>
    public static OpeningKey FromJson(JsonElement json)
    {
        var suite = Parse<CryptoSuite>(json.GetProperty("suite").GetString() ?? "", "suite");
        var key = EncryptionPublicKey.FromRaw(suite, json.GetProperty("publicKey").GetBytesFromBase64());
        if (json.TryGetProperty("keyId", out var id) && !string.Equals(id.GetString(), KeyId.ToHex(key.KeyId), StringComparison.OrdinalIgnoreCase))
            throw new CryptographicFormatException($"The opening key document's keyId {id.GetString()} does not match its key ({KeyId.ToHex(key.KeyId)}).");
        EnvelopePolicy? policy = json.TryGetProperty("policy", out var p) ? Parse<EnvelopePolicy>(p.GetString() ?? "", "policy") : null;
        var tender = json.TryGetProperty("tenderId", out var t) ? t.GetString() : null;
        return new OpeningKey(tender, key, policy);
    }

    /// <summary>Parses an enum name as the platform writes it (International, Gm, OpeningKey, BidderAndQuorum).</summary>
    public static T Parse<T>(string text, string what)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw new UsageException($"{what} is one of {string.Join(", ", Enum.GetNames<T>())}, not '{text}'.");
}
