using TenderHall.BidderTool.Cli;
using TenderHall.BidderTool.Platform;

namespace TenderHall.BidderTool.Bids;

/// <summary><c>withdraw</c>: withdraws the bidder's bid before the deadline (BLR 35: the deposit is refunded).</summary>
public sealed class WithdrawCommand : IOnlineCommand
{
    /// <inheritdoc/>
    public string Name => "withdraw";

    /// <inheritdoc/>
    public string Synopsis => "withdraw --tender <id>";

    /// <inheritdoc/>
    public IReadOnlyList<string> Options => ["tender"];

    /// <inheritdoc/>
    public async Task<Outcome> RunAsync(Arguments args, CliContext context)
    {
        args.NoPositional();
        var tender = args.Required("tender");
        using var response = await PlatformClient.From(args, context).SendAsync(HttpMethod.Post, PlatformClient.Tender(tender, "bids/withdraw"), signedIn: true);
        return Outcome.Done($"Your bid in tender {tender} is withdrawn. You may submit again before the deadline.");
    }
}
