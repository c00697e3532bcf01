using System.Security.Cryptography;
using System.Text.Json;
using TenderHall.Api.Tests.Bidding;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.BidderTool.Opening;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Opening;

namespace TenderHall.Api.Tests.Opening;

[Collection(DrawAndOpeningCollection.Name)]
public sealed class OpeningToolEndToEndTests(PlatformFactory platform)
{
    [Fact]
    public async Task Custodians_hand_over_and_the_supervisor_signs_and_closes_with_the_tool_and_the_record_verifies_with_both_keys()
    {
        var o = await OpeningScenario.Create(platform, bids: 3);
        var work = Directory.CreateTempSubdirectory("opening-tool-").FullName;
        try
        {
            var custodians = o.Tender.Custodians.Keys.Take(2).ToList();
            var keyFiles = custodians.ToDictionary(c => c, c => WriteKeyFile(work, c, o.Tender.CustodianSigners[c], o.Tender.Custodians[c]));

            // A share before a supervisor checked in, or asked for by an organisation that holds none, is refused with what to do.
            using var first = CustodianClient(custodians[0]);
            var (early, earlyOutput) = await Share(o, keyFiles[custodians[0]], first);
            Assert.True(early == 1 && earlyOutput.Contains("rule OPEN-SUPERVISOR", StringComparison.Ordinal), earlyOutput);
            var (outsider, outsiderOutput) = await Share(o, keyFiles[custodians[0]], o.Bidders[0].Client);
            Assert.True(outsider == 1 && outsiderOutput.Contains("rule BID-CUSTODIAN", StringComparison.Ordinal), outsiderOutput);

            TenderScenario.Ok(await o.Supervisor.PostAsync($"{o.Url}/check-in", null));
            foreach (var (custodian, index) in custodians.Select((c, i) => (c, i)))
            {
                using var client = CustodianClient(custodian);
                var (code, output) = await Share(o, keyFiles[custodian], client);
                Assert.True(code == 0, output);
                Assert.Contains($"the session has {index + 1} of the 2 shares needed", output);
            }

            Assert.Equal("RecordPublished", (await o.Decrypted()).GetProperty("status").GetString());
            TenderScenario.Ok(await o.Supervisor.PostAsync($"{o.Url}/record", null));
            var video = Path.Combine(work, "开标录像.mp4");
            await File.WriteAllBytesAsync(video, "录像内容"u8.ToArray());
            var supervisorKey = WriteKeyFile(work, "supervisor", o.SupervisorKey);
            var signed = Path.Combine(work, "开标记录.pdf");

            var (signCode, signOutput) = await ParticipantTool.RunAsync(platform, ["sign-record", "--tender", o.Tender.TenderId, "--key", supervisorKey,
                "--notes", "开标过程正常，投标人代表远程在线参加。", "--recording", $"开标录像.mp4={video}", "--out", signed, .. ParticipantTool.Online(o.Supervisor)]);

            Assert.True(signCode == 0, signOutput);
            Assert.Contains("ok: the attributes to sign carry the digest of every byte of the prepared PDF but the empty signature", signOutput);
            Assert.Contains("SIGNED AND CLOSED", signOutput);
            var view = await o.View();
            Assert.Equal("Closed", view.GetProperty("status").GetString());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData("录像内容"u8)), view.GetProperty("recordings")[0].GetProperty("sha256").GetString());
            var platformKey = SignatureVerifier.ImportSubjectPublicKeyInfo(Convert.FromBase64String(
                (await TenderScenario.Read(await o.Tender.Anonymous.GetAsync("/api/v1/documents/signing-key"))).GetProperty("subjectPublicKeyInfo").GetString()!));
            var record = await File.ReadAllBytesAsync(signed);
            Assert.Equal(await o.Tender.Anonymous.GetByteArrayAsync($"{o.Url}/record.pdf"), record);
            Assert.True(PdfSignatureVerifier.VerifySignedBy(record, [platformKey, o.SupervisorKey.Verifier]));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void The_tool_signs_the_same_hand_over_messages_the_opening_session_checks()
    {
        byte[] material = [1, 2, 3, 250];

        Assert.Equal(ShareSignature.Message("T-2026-0042", 3, material), HandOverMessage.Share("T-2026-0042", 3, material));
        Assert.Equal(ShareSignature.BidderPartMessage("T-2026-0042", "bidder-07", material), HandOverMessage.BidderPart("T-2026-0042", "bidder-07", material));
    }

    private HttpClient CustodianClient(string custodian) => platform.ClientAs(Roles.Custodian, custodian, "custodian-user-" + custodian);

    private async Task<(int Code, string Output)> Share(OpeningScenario o, string keyFile, HttpClient signedIn) =>
        await ParticipantTool.RunAsync(platform, ["share", "--tender", o.Tender.TenderId, "--encryption-key", keyFile, "--key", keyFile, .. ParticipantTool.Online(signedIn)]);

    // The demo key file format (data/demo-keys/*.json): base64 PKCS#8 of the signing key, and of the encryption key when there is one.
    private static string WriteKeyFile(string folder, string owner, SignatureKey signing, ECDiffieHellman? encryption = null)
    {
        var raw = signing.Verifier.RawPublicKey;
        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256, D = signing.ExportPrivateKey(), Q = new ECPoint { X = raw[1..33], Y = raw[33..] },
        });
        var path = Path.Combine(folder, owner + ".json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            SigningPkcs8 = Convert.ToBase64String(ecdsa.ExportPkcs8PrivateKey()),
            EncryptionPkcs8 = encryption is null ? null : Convert.ToBase64String(encryption.ExportPkcs8PrivateKey()),
        }));
        return path;
    }
}
