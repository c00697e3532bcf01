using TenderHall.Api.Tests.Platform;
using TenderHall.BidderTool.Cli;

namespace TenderHall.Api.Tests.Bidding;

/// <summary>The participant tool (tenderhall-bid) run in process against the in-process platform, as its users run it.</summary>
internal static class ParticipantTool
{
    /// <summary>Runs one command with <paramref name="args"/> and returns its exit code and everything it printed.</summary>
    public static async Task<(int Code, string Output)> RunAsync(PlatformFactory platform, params string[] args)
    {
        var output = new StringWriter();
        using var http = platform.CreateClient();
        var code = await BidderCli.RunAsync(args, new CliContext(output, output, TextReader.Null, http, _ => null));
        return (code, output.ToString());
    }

    /// <summary>The options that point the tool at the in-process platform, signed in with <paramref name="client"/>'s token.</summary>
    public static string[] Online(HttpClient client) => ["--url", "http://localhost", "--token", client.DefaultRequestHeaders.Authorization!.Parameter!];
}
