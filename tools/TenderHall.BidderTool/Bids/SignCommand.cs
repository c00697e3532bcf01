using TenderHall.BidderTool.Cli;
using TenderHall.BidderTool.Keys;

namespace TenderHall.BidderTool.Bids;

/// <summary><c>sign</c>: signs the envelope's SHA-256 with the bidder's signing key; prints the signature and saves it beside the envelope.</summary>
public sealed class SignCommand : IBidderCommand
{
    /// <inheritdoc/>
    public string Name => "sign";

    /// <inheritdoc/>
    public string Synopsis => "sign --key <bidder-signing.pkcs8 | demo-key.json> <bid.thse>";

    /// <inheritdoc/>
    public IReadOnlyList<string> Options => ["key"];

    /// <inheritdoc/>
    public async Task<Outcome> RunAsync(Arguments args, CliContext context)
    {
        var envelope = args.Single("envelope file");
        using var key = BidderKeys.Signing(args.Required("key"));
        var signature = await EnvelopeFile.SignAsync(envelope, key);
        var path = EnvelopeFile.SignaturePath(envelope);
        await File.WriteAllTextAsync(path, signature + "\n");
        await context.Error.WriteLineAsync($"Signed {envelope} with a {key.Algorithm} key; the signature is saved in {path}.");
        return Outcome.Done(signature);
    }
}
