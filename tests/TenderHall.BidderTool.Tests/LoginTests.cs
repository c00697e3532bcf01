using System.Security.Cryptography;
using TenderHall.Crypto.Signing;

namespace TenderHall.BidderTool.Tests;

public sealed class LoginTests : IDisposable
{
    private const string Organization = "bidder-07";
    private readonly Workspace work = new();
    private readonly string demo;
    private readonly ECDsa signing;
    private readonly ECDiffieHellman encryption;

    public LoginTests() => demo = work.WriteDemoKeys(out signing, out encryption);

    [Fact]
    public async Task Certificate_sign_in_signs_the_challenge_message_with_the_registered_key_and_saves_the_token()
    {
        using var platform = Platform();

        var (code, output) = await work.RunAsync(platform.Client(), "login", "--certificate", "--org", Organization, "--key", demo,
            "--out", work.PathOf("token.txt"), "--url", FakeSignIn.Url);

        Assert.True(code == 0, output);
        Assert.Equal(["POST /api/v1/auth/challenge", "POST /api/v1/auth/certificate"], platform.Requests);
        // The fake verified the signature over exactly "TenderHall sign-in v1\n{id}\n{organizationId}\n{nonce}\n"; check it here too.
        Assert.True(SignatureVerifier.ImportSubjectPublicKeyInfo(signing.ExportSubjectPublicKeyInfo()).Verify(platform.Message!, platform.Signature!));
        Assert.StartsWith("TenderHall sign-in v1\n", System.Text.Encoding.UTF8.GetString(platform.Message!));
        Assert.Equal(FakeSignIn.Token + "\n", File.ReadAllText(work.PathOf("token.txt")));
        Assert.Contains($"Signed in as {Organization}; the token is saved in {work.PathOf("token.txt")}. Pass --token @{work.PathOf("token.txt")}", output);
    }

    [Fact]
    public async Task Certificate_sign_in_without_out_prints_only_the_token()
    {
        using var platform = Platform();
        var pem = work.Write("signing.pem", signing.ExportPkcs8PrivateKeyPem());

        var (code, output) = await work.RunAsync(platform.Client(), "login", "--certificate", "--org", Organization, "--key", pem, "--url", FakeSignIn.Url);

        Assert.True(code == 0, output);
        Assert.Equal(FakeSignIn.Token, output.Trim());
    }

    [Fact]
    public async Task A_key_the_organisation_has_not_registered_is_refused_with_the_rule_and_exit_code_1()
    {
        using var platform = Platform();
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var otherKey = work.Write("other.pem", other.ExportPkcs8PrivateKeyPem());

        var (code, output) = await work.RunAsync(platform.Client(), "login", "--certificate", "--org", Organization, "--key", otherKey,
            "--out", work.PathOf("token.txt"), "--url", FakeSignIn.Url);

        Assert.Equal(1, code);
        Assert.Contains("REFUSED by the platform (HTTP 403, rule AUTH-CERTIFICATE)", output);
        Assert.Contains($"a signing key registered (and not retired) for {Organization}", output);
        Assert.False(File.Exists(work.PathOf("token.txt")));
    }

    [Fact]
    public async Task A_challenge_for_another_organisation_is_not_signed()
    {
        using var platform = new FakeSignIn(Organization, Registered()) { ChallengeFor = "bidder-99" };

        var (code, output) = await work.RunAsync(platform.Client(), "login", "--certificate", "--org", Organization, "--key", demo, "--url", FakeSignIn.Url);

        Assert.Equal(1, code);
        Assert.Contains("nothing was signed", output);
        Assert.Equal(["POST /api/v1/auth/challenge"], platform.Requests);
    }

    [Fact]
    public async Task A_key_file_that_does_not_load_fails_before_a_challenge_is_asked_for()
    {
        using var platform = Platform();
        var broken = work.Write("broken.json", "{\"EncryptionPkcs8\":\"AA==\"}");

        var (code, output) = await work.RunAsync(platform.Client(), "login", "--certificate", "--org", Organization, "--key", broken, "--url", FakeSignIn.Url);

        Assert.Equal(1, code);
        Assert.Contains("has no \"SigningPkcs8\" member", output);
        Assert.Empty(platform.Requests);
    }

    [Fact]
    public async Task Password_sign_in_still_prints_the_token()
    {
        using var platform = Platform();

        var (code, output) = await work.RunAsync(platform.Client(), "login", "--user", "bidder07", "--password", "secret", "--url", FakeSignIn.Url);

        Assert.True(code == 0, output);
        Assert.Equal("eyJ.password-token.sig", output.Trim());
        Assert.Equal(["POST /api/v1/auth/token"], platform.Requests);
    }

    [Theory]
    [InlineData("--certificate", "--org", Organization)]
    [InlineData("--certificate", "--key", "k.json")]
    [InlineData("--certificate", "--org", Organization, "--key", "k.json", "--user", "bidder07")]
    [InlineData("--org", Organization, "--key", "k.json")]
    [InlineData("--certificate=yes", "--org", Organization, "--key", "k.json")]
    public async Task Certificate_options_are_checked_before_anything_is_sent(params string[] extra)
    {
        using var platform = Platform();

        var (code, output) = await work.RunAsync(platform.Client(), ["login", .. extra, "--url", FakeSignIn.Url]);

        Assert.Equal(2, code);
        Assert.Contains("usage error", output);
        Assert.Empty(platform.Requests);
    }

    private SignatureVerifier Registered() => SignatureVerifier.ImportSubjectPublicKeyInfo(signing.ExportSubjectPublicKeyInfo());

    private FakeSignIn Platform() => new(Organization, Registered());

    public void Dispose()
    {
        signing.Dispose();
        encryption.Dispose();
        work.Dispose();
    }
}
