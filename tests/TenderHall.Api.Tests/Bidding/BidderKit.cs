using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Crypto.Payload;
using TenderHall.Crypto.Signing;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Registry;

namespace TenderHall.Api.Tests.Bidding;

/// <summary>A registered bidder with its own signing key that seals, signs and submits envelopes as the bidder tool does.</summary>
internal sealed class BidderKit : IDisposable
{
    private readonly TenderScenario scenario;

    private BidderKit(TenderScenario scenario, string id, SignatureKey key, EncryptionKeyPair encryption)
    {
        this.scenario = scenario;
        Id = id;
        Key = key;
        EncryptionKey = encryption;
        Client = scenario.Bidder(id);
    }

    /// <summary>The bidder's own encryption key (bidder-and-quorum tenders seal a key part to it).</summary>
    public EncryptionKeyPair EncryptionKey { get; }

    public string Id { get; }

    public SignatureKey Key { get; }

    public HttpClient Client { get; }

    /// <summary>Registers a bidder organisation with a fresh ECDSA P-256 signing key and (unless told not to) buys the tender documents.</summary>
    public static async Task<BidderKit> Join(TenderScenario scenario, IServiceProvider services, string prefix, string? certificateSerial = null, bool buyDocuments = true)
    {
        var id = $"{prefix}-{Guid.NewGuid().ToString("N")[..6]}";
        var key = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        using var ecdh = System.Security.Cryptography.ECDiffieHellman.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var encryption = EncryptionKeyPair.FromPrivateKey(CryptoSuite.International, ecdh.ExportParameters(true).D);
        var creditCode = TestCreditCodes.New("91");
        await services.GetRequiredService<IGrainFactory>().GetGrain<IOrganizationGrain>(id).Register(new OrganizationProfile
        {
            Kind = OrganizationKind.Bidder, NameZh = "投标人" + id, NameEn = "Bidder " + id, CreditCode = creditCode,
            Keys = [new PublicKeyRecord
            {
                Use = "signing", Algorithm = "ecdsa-p256", CertificateSerial = certificateSerial ?? "CA-" + id,
                SubjectPublicKeyInfo = Convert.ToBase64String(key.Verifier.ExportSubjectPublicKeyInfo()),
            },
            new PublicKeyRecord
            {
                Use = "encryption", Algorithm = "ecdh-p256", SubjectPublicKeyInfo = Convert.ToBase64String(ecdh.ExportSubjectPublicKeyInfo()),
            }],
        });
        if (buyDocuments) await scenario.BuyDocuments(id);
        return new BidderKit(scenario, id, key, encryption);
    }

    /// <summary>Seals a bid form and one attachment to the tender's opening key.</summary>
    public async Task<byte[]> Seal(string price, string attachment)
    {
        var key = await TenderScenario.Read(await scenario.Anonymous.GetAsync($"/api/v1/tenders/{scenario.TenderId}/opening-key"));
        var openingKey = EncryptionPublicKey.FromRaw(CryptoSuite.International, Convert.FromBase64String(key.GetProperty("publicKey").GetString()!));
        using var payload = new MemoryStream();
        var writer = new BidPayloadWriter(payload);
        await writer.WriteFormAsync(new BidForm(price, 365, "合格，争创省级优质工程", "DEP-" + Id));
        var bytes = System.Text.Encoding.UTF8.GetBytes(attachment);
        await writer.AddAttachmentAsync("技术标.txt", new MemoryStream(bytes), bytes.Length);
        await writer.CompleteAsync();
        payload.Position = 0;
        using var envelope = new MemoryStream();
        var quorum = key.GetProperty("policy").GetString() == "BidderAndQuorum";
        await SealedEnvelope.SealAsync(payload, envelope, new EnvelopeSealOptions
        {
            TenderId = scenario.TenderId, BidderId = Id, OpeningKey = openingKey,
            Policy = quorum ? EnvelopePolicy.BidderAndQuorum : EnvelopePolicy.OpeningKey, BidderKey = quorum ? EncryptionKey.PublicKey : null,
        });
        return envelope.ToArray();
    }

    /// <summary>The bidder's signature over the envelope's SHA-256.</summary>
    public string Sign(byte[] envelope) =>
        Convert.ToBase64String(EnvelopeIdentity.Sign(Key, System.Security.Cryptography.SHA256.HashData(envelope)));

    /// <summary>Submits a signed envelope in one request.</summary>
    public async Task<HttpResponseMessage> Submit(byte[] envelope, string? device = null, string? signature = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tenders/{scenario.TenderId}/bids") { Content = new ByteArrayContent(envelope) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Headers.Add("X-Bid-Signature", signature ?? Sign(envelope));
        if (device is not null) request.Headers.Add("X-Device-Fingerprint", device);
        return await Client.SendAsync(request);
    }

    public static JsonElement Json(string body) => JsonSerializer.Deserialize<JsonElement>(body);

    public void Dispose()
    {
        Key.Dispose();
        EncryptionKey.Dispose();
        Client.Dispose();
    }
}
