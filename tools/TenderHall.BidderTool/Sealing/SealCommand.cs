using TenderHall.BidderTool.Cli;
using TenderHall.BidderTool.Forms;
using TenderHall.BidderTool.Keys;
using TenderHall.Crypto;
using TenderHall.Crypto.Envelopes;

namespace TenderHall.BidderTool.Sealing;

/// <summary><c>seal</c>: seals the bid form and attachments to the tender's opening key (and the bidder's own key under BidderAndQuorum).</summary>
public sealed class SealCommand : IOnlineCommand
{
    /// <inheritdoc/>
    public string Name => "seal";

    /// <inheritdoc/>
    public string Synopsis =>
        "seal --tender <id> --bidder <id> --form <bid-form.json> [--attach <file>]... [--opening-key <file> | --url <platform>] "
        + "[--suite International|Gm] [--policy OpeningKey|BidderAndQuorum] [--bidder-encryption-key <file>] [--segment-size 1MiB] --out <bid.thse>";

    /// <inheritdoc/>
    public IReadOnlyList<string> Options =>
        ["tender", "bidder", "form", "attach", "opening-key", "suite", "policy", "bidder-encryption-key", "segment-size", "out"];

    /// <inheritdoc/>
    public async Task<Outcome> RunAsync(Arguments args, CliContext context)
    {
        args.NoPositional();
        var tender = args.Required("tender");
        var bidder = args.Required("bidder");
        var form = FormCommand.Read(args.Required("form"));
        var output = args.Required("out");
        var segmentSize = args.Value("segment-size") is { } s ? ByteSize.Parse(s, "segment-size") : EnvelopeHeader.DefaultSegmentSize;
        if (segmentSize is < EnvelopeHeader.MinSegmentSize or > EnvelopeHeader.MaxSegmentSize)
            throw new UsageException($"--segment-size is between {EnvelopeHeader.MinSegmentSize} bytes and 16MiB.");

        var openingKey = await OpeningKey.LoadAsync(args, context, tender);
        var policy = Policy(args, openingKey);
        var bidderKey = args.Value("bidder-encryption-key") is { } keyFile ? BidderKeys.EncryptionPublic(keyFile, openingKey.Suite) : null;
        if (policy == EnvelopePolicy.BidderAndQuorum && bidderKey is null)
            throw new UsageException("policy BidderAndQuorum seals half the key to your own encryption key: give --bidder-encryption-key <file>.");
        if (policy == EnvelopePolicy.OpeningKey && bidderKey is not null)
            throw new UsageException("--bidder-encryption-key is only used with policy BidderAndQuorum.");

        var options = new EnvelopeSealOptions
        {
            TenderId = tender, BidderId = bidder, OpeningKey = openingKey.Key, BidderKey = bidderKey, Policy = policy, SegmentSize = (int)segmentSize,
        };
        var attachments = args.Values("attach");
        await context.Error.WriteLineAsync($"Sealing the form and {attachments.Count} attachment(s) for tender {tender} ({openingKey.Suite}, {policy})...");
        var info = await BidSealer.SealAsync(form, attachments, options, output);
        return Outcome.Done(
            $"Sealed {output}: {ByteSize.Format(info.Length)}, SHA-256 {Convert.ToHexStringLower(info.EnvelopeHash)}, suite {openingKey.Suite}, "
            + $"policy {policy}, opening key {openingKey.KeyIdHex}. Next: tenderhall-bid self-test, then upload.");
    }

    // The tender decides the policy; --policy may only repeat it (or choose it when the key file does not say).
    private static EnvelopePolicy Policy(Arguments args, OpeningKey key)
    {
        var given = args.Value("policy") is { } p ? OpeningKey.Parse<EnvelopePolicy>(p, "--policy") : (EnvelopePolicy?)null;
        if (given is { } g && key.Policy is { } tenderPolicy && g != tenderPolicy)
            throw new InvalidOperationException($"Tender bids are sealed with policy {tenderPolicy}, not {g}: drop --policy.");
        return given ?? key.Policy ?? EnvelopePolicy.OpeningKey;
    }
}
