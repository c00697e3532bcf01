using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TenderHall.Crypto.Selection;
using TenderHall.Crypto.Vrf;

namespace TenderHall.Verifier.Tests;

public sealed class DrawVerificationTests
{
    private static readonly byte[] SecretKey = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] Alpha = Encoding.UTF8.GetBytes("tender/T-2026-0001/draw/1");

    [Fact]
    public async Task A_draw_with_a_valid_proof_and_the_same_selection_is_verified()
    {
        using var log = new TestLog(0);
        var (code, output) = await Cli.RunAsync("verify-draw", Draw(log, selected: null));
        Assert.Equal(0, code);
        Assert.StartsWith("VERIFIED: the VRF proof is valid and re-running the selection picks the same 5 of 40", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draw_whose_published_experts_differ_from_the_rerun_is_not_verified()
    {
        using var log = new TestLog(0);
        var honest = Selection();
        // Same experts, another order: the draw order is part of the result (reserves are called in it).
        var (code, output) = await Cli.RunAsync("verify-draw", Draw(log, selected: [.. honest.Reverse()]));
        Assert.Equal(1, code);
        Assert.Contains("not the published", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draw_whose_proof_belongs_to_another_key_is_not_verified()
    {
        using var log = new TestLog(0);
        var (code, output) = await Cli.RunAsync("verify-draw", Draw(log, selected: null, publicKey: Ecvrf.PublicKey(RandomNumberGenerator.GetBytes(32))));
        Assert.Equal(1, code);
        Assert.Contains("VRF proof is not valid", output, StringComparison.Ordinal);
    }

    private static int[] Selection()
    {
        Assert.True(Ecvrf.Verify(Ecvrf.PublicKey(SecretKey), Ecvrf.Prove(SecretKey, Alpha), Alpha, out var beta));
        return UnbiasedSelection.Sample(beta, 40, 5);
    }

    private static string Draw(TestLog log, int[]? selected, byte[]? publicKey = null) =>
        log.Write("draw.json", JsonSerializer.Serialize(new
        {
            publicKey = publicKey ?? Ecvrf.PublicKey(SecretKey),
            alpha = Alpha,
            proof = Ecvrf.Prove(SecretKey, Alpha),
            population = 40,
            selected = selected ?? Selection(),
        }));
}
