using System.Text;
using System.Text.Json;
using TenderHall.BidderTool.Cli;
using TenderHall.BidderTool.Keys;

namespace TenderHall.BidderTool.Platform;

/// <summary>
/// <c>login</c>: signs in and prints the bearer token, or saves it to a file for <c>--token @file</c>. With a password, or
/// with <c>--certificate</c> (证书登录): the organisation signs a one-time challenge with its registered signing key.
/// </summary>
public sealed class LoginCommand : IOnlineCommand
{
    /// <inheritdoc/>
    public string Name => "login";

    /// <inheritdoc/>
    public string Synopsis => "login --user <name> [--password <password>] [--out <token.txt>]   (password also from TENDERHALL_PASSWORD or standard input)\n"
                              + "  tenderhall-bid login --certificate --org <organization id> --key <signing key> [--out <token.txt>]";

    /// <inheritdoc/>
    public IReadOnlyList<string> Options => ["user", "password", "org", "key", "out"];

    /// <inheritdoc/>
    public IReadOnlyList<string> Flags => ["certificate"];

    /// <summary>The message the organisation signs over a sign-in challenge; the platform checks it against its registered signing keys.</summary>
    public static byte[] ChallengeMessage(string challengeId, string organizationId, string nonce) =>
        Encoding.UTF8.GetBytes($"TenderHall sign-in v1\n{challengeId}\n{organizationId}\n{nonce}\n");

    /// <inheritdoc/>
    public async Task<Outcome> RunAsync(Arguments args, CliContext context)
    {
        args.NoPositional();
        if (args.Flag("certificate")) return await CertificateAsync(args, context);
        if (args.Has("org") || args.Has("key")) throw new UsageException("--org and --key sign in with a certificate key: add --certificate.");
        var user = args.Required("user");
        var password = args.Value("password") ?? context.Environment("TENDERHALL_PASSWORD") ?? await context.Input.ReadLineAsync()
                       ?? throw new UsageException("give the password with --password, TENDERHALL_PASSWORD or on standard input.");
        var body = JsonSerializer.Serialize(new { userName = user, password });
        using var response = await PlatformClient.From(args, context).SendAsync(HttpMethod.Post, "api/v1/auth/token", signedIn: false,
            request => request.Content = PlatformClient.Json(body));
        return await TokenAsync(args, response, user);
    }

    private static async Task<Outcome> CertificateAsync(Arguments args, CliContext context)
    {
        if (args.Has("user") || args.Has("password")) throw new UsageException("--certificate signs in with --org and --key, not --user or --password.");
        var organization = args.Required("org");
        // The key is read before the platform is asked: a key that does not load wastes no challenge.
        using var key = BidderKeys.Signing(args.Required("key"));
        var client = PlatformClient.From(args, context);
        JsonElement challenge;
        using (var response = await client.SendAsync(HttpMethod.Post, "api/v1/auth/challenge", signedIn: false,
                   request => request.Content = PlatformClient.Json(JsonSerializer.Serialize(new { organizationId = organization }))))
            challenge = await PlatformClient.ReadJsonAsync(response);
        var id = challenge.GetProperty("id").GetString() ?? throw new JsonException("The platform's challenge has no id.");
        var nonce = challenge.GetProperty("nonce").GetString() ?? throw new JsonException("The platform's challenge has no nonce.");
        var named = challenge.GetProperty("organizationId").GetString();
        if (named != organization)
            return Outcome.Failed($"FAILED: the platform's challenge is for organisation '{named}', not '{organization}'; nothing was signed. Check --url.");

        var body = JsonSerializer.Serialize(new { challengeId = id, signature = Convert.ToBase64String(key.Sign(ChallengeMessage(id, organization, nonce))) });
        try
        {
            using var response = await client.SendAsync(HttpMethod.Post, "api/v1/auth/certificate", signedIn: false,
                request => request.Content = PlatformClient.Json(body));
            return await TokenAsync(args, response, organization);
        }
        catch (PlatformException e) when (e.Rule == "AUTH-CERTIFICATE")
        {
            return Outcome.Failed($"{e.Message} Check that --key is a signing key registered (and not retired) for {organization}, then run the "
                                  + "command again: each try uses a new challenge.");
        }
    }

    // The token goes to standard output, or to --out for the other commands' --token @file.
    private static async Task<Outcome> TokenAsync(Arguments args, HttpResponseMessage response, string who)
    {
        var token = (await PlatformClient.ReadJsonAsync(response)).GetProperty("accessToken").GetString()
                    ?? throw new JsonException("The platform's answer has no accessToken.");
        if (args.Value("out") is not { } path) return Outcome.Done(token);
        await File.WriteAllTextAsync(path, token + "\n");
        return Outcome.Done($"Signed in as {who}; the token is saved in {path}. Pass --token @{path} to the other commands.");
    }
}
