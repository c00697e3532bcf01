using TenderHall.BidderTool.Cli;
using TenderHall.BidderTool.Platform;
using TenderHall.Crypto;
using TenderHall.Crypto.Notes;

namespace TenderHall.BidderTool.Receipts;

/// <summary>The transparency log's verifier key: pinned on the command line, or fetched from the platform.</summary>
public static class LogKey
{
    /// <summary>The key from <c>--{option} &lt;vkey|@file&gt;</c>, or from <c>GET /api/v1/transparency/key</c>.</summary>
    public static async Task<(NoteVerifier Key, bool Fetched)> LoadAsync(Arguments args, CliContext context, string option)
    {
        if (args.Value(option) is { } given)
        {
            try
            {
                return (NoteVerifier.Parse(Arguments.Inline(given)), false);
            }
            catch (CryptographicFormatException e)
            {
                throw new UsageException($"--{option} is not a log verifier key (name+hash+base64): {e.Message}");
            }
        }

        var view = await PlatformClient.From(args, context).GetJsonAsync("api/v1/transparency/key", signedIn: false);
        return (NoteVerifier.Parse(view.GetProperty("verifierKey").GetString() ?? ""), true);
    }
}
