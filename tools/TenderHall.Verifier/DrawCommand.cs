using System.Text.Json;
using TenderHall.Crypto.Selection;
using TenderHall.Crypto.Vrf;

namespace TenderHall.Verifier;

/// <summary>
/// <c>verify-draw</c>: a revealed expert draw (format <c>TenderHall/draw/v1</c>) is re-run step by step (<see cref="DrawRerun"/>);
/// a bare proof document is checked as before: the ECVRF proof (RFC 9381) is valid for the published key and input, and
/// re-running the selection on its output gives exactly the published experts, in order.
/// </summary>
public static class DrawCommand
{
    /// <summary>Runs the check on a draw document (docs/transparency.md).</summary>
    public static Verdict Run(Arguments args)
    {
        var draw = JsonDocument.Parse(File.ReadAllText(args.Positional(0, "the draw file"))).RootElement;
        if (draw.TryGetProperty("format", out var format) && format.GetString() == "TenderHall/draw/v1")
            return DrawRerun.Run(draw, args.Option("key") is null ? null : SignedCheckpoints.Key(args));
        var publicKey = draw.GetProperty("publicKey").GetBytesFromBase64();
        var alpha = draw.GetProperty("alpha").GetBytesFromBase64();
        var proof = draw.GetProperty("proof").GetBytesFromBase64();
        var population = draw.GetProperty("population").GetInt32();
        var published = draw.GetProperty("selected").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        if (!Ecvrf.Verify(publicKey, proof, alpha, out var beta))
            return Verdict.Fail("NOT VERIFIED: the VRF proof is not valid for this key and input: the draw's randomness cannot be trusted.");
        if (published.Length > population)
            return Verdict.Fail($"NOT VERIFIED: {published.Length} experts cannot be drawn from {population}.");
        var rerun = UnbiasedSelection.Sample(beta, population, published.Length);
        return rerun.SequenceEqual(published)
            ? Verdict.Pass($"VERIFIED: the VRF proof is valid and re-running the selection picks the same {published.Length} of {population} candidates: {string.Join(", ", rerun)}.")
            : Verdict.Fail($"NOT VERIFIED: the VRF proof is valid, but re-running the selection picks {string.Join(", ", rerun)}, not the published {string.Join(", ", published)}.");
    }
}
