using TenderHall.BidderTool.Cli;
using TenderHall.BidderTool.Platform;

namespace TenderHall.BidderTool.Sealing;

/// <summary><c>opening-key</c>: saves a tender's opening key, to seal and self-test offline later.</summary>
public sealed class OpeningKeyCommand : IOnlineCommand
{
    /// <inheritdoc/>
    public string Name => "opening-key";

    /// <inheritdoc/>
    public string Synopsis => "opening-key --tender <id> --out <opening-key.json>";

    /// <inheritdoc/>
    public IReadOnlyList<string> Options => ["tender", "out"];

    /// <inheritdoc/>
    public async Task<Outcome> RunAsync(Arguments args, CliContext context)
    {
        args.NoPositional();
        var tender = args.Required("tender");
        var output = args.Required("out");
        var platform = PlatformClient.From(args, context);
        var json = await platform.GetJsonAsync(PlatformClient.Tender(tender, "opening-key"), signedIn: false);
        var key = OpeningKey.FromJson(json);
        await File.WriteAllTextAsync(output, json.GetRawText() + "\n");
        return Outcome.Done($"Saved the opening key of tender {tender} to {output}: suite {key.Suite}, policy {key.Policy}, key id {key.KeyIdHex}.");
    }
}
