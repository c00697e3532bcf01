using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TenderHall.BidderTool.Bids;
using TenderHall.BidderTool.Forms;
using TenderHall.BidderTool.Opening;
using TenderHall.BidderTool.Platform;
using TenderHall.BidderTool.Receipts;
using TenderHall.BidderTool.Sealing;
using TenderHall.BidderTool.Uploads;

namespace TenderHall.BidderTool.Cli;

/// <summary>Dispatches <c>tenderhall-bid &lt;command&gt; ...</c>; exit code 0 done, 1 refused or failed, 2 wrong command line.</summary>
public static class BidderCli
{
    /// <summary>Every command, in the order bidders use them, then those of custodians and supervisors at the opening.</summary>
    public static readonly IReadOnlyList<IBidderCommand> Commands =
    [
        new LoginCommand(), new OpeningKeyCommand(), new FormCommand(), new SealCommand(), new SignCommand(),
        new SelfTestCommand(), new UploadCommand(), new VerifyReceiptCommand(), new StatusCommand(), new WithdrawCommand(), new BidderPartCommand(),
        new ShareCommand(), new SignRecordCommand(),
    ];

    /// <summary>The help text, built from the commands' synopses.</summary>
    public static string Usage
    {
        get
        {
            var text = new StringBuilder("tenderhall-bid: the participant tool of TenderHall. Bidders prepare, seal, sign and submit a bid, check its receipt and hand over "
                                        + "their key part at the opening; at the opening, key custodians hand over their share of the opening key and "
                                        + "supervisors sign the opening record. Private keys never leave this machine.\n\n");
            foreach (var command in Commands) text.Append("  tenderhall-bid ").Append(command.Synopsis).Append('\n');
            text.Append("""

                Online commands also take --url <platform address> (default http://localhost:5080), --token <token|@file>
                (default: environment variable TENDERHALL_TOKEN) and --lang <zh-CN|en> for the platform's messages.
                Exit code 0: done. 1: refused or a check failed. 2: wrong command line. Guide: docs/bidder-tool.md.
                """);
            return text.ToString();
        }
    }

    /// <summary>Runs one command and returns its exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            await context.Output.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        Outcome outcome;
        try
        {
            var command = Commands.FirstOrDefault(c => c.Name == args[0]) ?? throw new UsageException($"unknown command '{args[0]}'.");
            var options = command.Options.Concat(command is IOnlineCommand ? PlatformClient.OptionNames : []).ToHashSet(StringComparer.Ordinal);
            outcome = await command.RunAsync(Arguments.Parse(args.Skip(1), options, [.. command.Flags]), context);
        }
        catch (UsageException e)
        {
            await context.Error.WriteLineAsync($"usage error: {e.Message}\n\n{Usage}");
            return 2;
        }
        catch (PlatformException e)
        {
            outcome = Outcome.Failed(e.Message);
        }
        catch (HttpRequestException e)
        {
            outcome = Outcome.Failed($"FAILED: the platform cannot be reached ({e.Message}). Check --url and the network, then run the command again.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException or CryptographicException
                                      or KeyNotFoundException or InvalidOperationException or TaskCanceledException)
        {
            // Files that cannot be read and keys or data that do not parse are the bidder's to fix, not a crash.
            outcome = Outcome.Failed($"FAILED: {e.Message}");
        }

        await (outcome.Succeeded ? context.Output : context.Error).WriteLineAsync(outcome.Message);
        return outcome.Succeeded ? 0 : 1;
    }
}
