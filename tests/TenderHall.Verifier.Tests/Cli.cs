namespace TenderHall.Verifier.Tests;

/// <summary>Runs the verifier in process and captures its verdict line.</summary>
internal static class Cli
{
    public static async Task<(int Code, string Output)> RunAsync(params string[] args) => await RunAsync(new HttpClient(), args);

    public static async Task<(int Code, string Output)> RunAsync(HttpClient http, params string[] args)
    {
        var output = new StringWriter();
        var code = await VerifierCli.RunAsync(args, output, http);
        return (code, output.ToString());
    }
}
