using TenderHall.BidderTool.Cli;
using TenderHall.Crypto.Payload;

namespace TenderHall.BidderTool.Forms;

/// <summary><c>form</c>: writes the canonical bid form (the priced offer sealed beside the attachments).</summary>
public sealed class FormCommand : IBidderCommand
{
    /// <inheritdoc/>
    public string Name => "form";

    /// <inheritdoc/>
    public string Synopsis => "form --price <12345678.90> --duration <days> --quality <text> --deposit-ref <ref> --out <bid-form.json>";

    /// <inheritdoc/>
    public IReadOnlyList<string> Options => ["price", "duration", "quality", "deposit-ref", "out"];

    /// <inheritdoc/>
    public async Task<Outcome> RunAsync(Arguments args, CliContext context)
    {
        args.NoPositional();
        BidForm form;
        try
        {
            form = new BidForm(args.Required("price"), args.PositiveInt("duration"), args.Required("quality"), args.Required("deposit-ref"));
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        var output = args.Required("out");
        await File.WriteAllBytesAsync(output, BidFormJson.Serialize(form));
        return Outcome.Done($"Wrote the bid form to {output}: price {form.Price}, {form.DurationDays} days, deposit {form.DepositReference}.");
    }

    /// <summary>Reads a bid form file, refusing one that is not canonical (it would not be what the bidder checked).</summary>
    public static BidForm Read(string path) => BidFormJson.Deserialize(File.ReadAllBytes(path));
}
