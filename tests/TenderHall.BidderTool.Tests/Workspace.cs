using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TenderHall.BidderTool.Cli;
using TenderHall.Crypto;
using TenderHall.Crypto.KeyWrap;

namespace TenderHall.BidderTool.Tests;

/// <summary>A temp folder for one test's files, and the tool run in process against it.</summary>
internal sealed class Workspace : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("th-bidder-").FullName;

    public string StandardError { get; private set; } = "";

    /// <summary>The tool's clock: it moves only by the waits the tool asks for.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    /// <summary>Every wait the tool asked for before a retry, in order.</summary>
    public List<TimeSpan> Waits { get; } = [];

    public string PathOf(string name) => Path.Combine(Folder, name);

    public string Write(string name, string content)
    {
        File.WriteAllText(PathOf(name), content);
        return PathOf(name);
    }

    public string Write(string name, byte[] content)
    {
        File.WriteAllBytes(PathOf(name), content);
        return PathOf(name);
    }

    public async Task<(int Code, string Output)> RunAsync(params string[] args) => await RunAsync(new HttpClient(), args);

    public async Task<(int Code, string Output)> RunAsync(HttpClient http, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, new StringReader(""), http, _ => null)
        {
            Clock = Clock,
            Sleep = (wait, _) =>
            {
                Waits.Add(wait);
                Clock.Advance(wait);
                return Task.CompletedTask;
            },
        };
        var code = await BidderCli.RunAsync(args, context);
        StandardError = error.ToString();
        return (code, output + error.ToString());
    }

    /// <summary>The opening-key document the platform serves for a tender, saved as the bidder would save it.</summary>
    public string WriteOpeningKey(string tender, EncryptionKeyPair key, string policy = "OpeningKey") =>
        Write($"opening-key-{key.Suite}.json", JsonSerializer.Serialize(new
        {
            tenderId = tender, suite = key.Suite.ToString(), policy, publicKey = Convert.ToBase64String(key.PublicKey.Raw),
            keyId = KeyId.ToHex(key.PublicKey.KeyId), threshold = 3, custodians = Array.Empty<string>(),
        }));

    /// <summary>A demo key file like data/demo-keys/bidder-07.json: base64 PKCS#8 of an ECDSA and an ECDH P-256 key.</summary>
    public string WriteDemoKeys(out ECDsa signing, out ECDiffieHellman encryption)
    {
        signing = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        encryption = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        return Write("bidder-07.json", JsonSerializer.Serialize(new
        {
            SigningPkcs8 = Convert.ToBase64String(signing.ExportPkcs8PrivateKey()),
            EncryptionPkcs8 = Convert.ToBase64String(encryption.ExportPkcs8PrivateKey()),
        }));
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
