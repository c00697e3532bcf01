using System.Diagnostics;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Tests.Pdf;

/// <summary>An independent verifier agrees: poppler's pdfsig (installed by eng/fonts.sh) checks the ECDSA signature.</summary>
public sealed class PdfsigCrossCheckTests
{
    [Fact]
    public async Task Pdfsig_finds_the_ecdsa_signature_valid_and_a_tampered_copy_not()
    {
        using var key = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var pdf = await SamplePdfs.SignedAsync(key);
        var tampered = (byte[])pdf.Clone();
        tampered[200] ^= 0x01;

        Assert.Contains("Signature is Valid.", await PdfsigAsync(pdf), StringComparison.Ordinal);
        Assert.Contains("Digest Mismatch.", await PdfsigAsync(tampered), StringComparison.Ordinal);
    }

    internal static async Task<string> PdfsigAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"th-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdfsig", [path]) { RedirectStandardOutput = true, RedirectStandardError = true })
                ?? throw new InvalidOperationException("pdfsig did not start; run eng/fonts.sh (it installs poppler-utils).");
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
