using System.Text.Json;
using TenderHall.BidderTool.Cli;

namespace TenderHall.BidderTool.Platform;

/// <summary><c>login</c>: signs in and prints the bearer token, or saves it to a file for <c>--token @file</c>.</summary>
public sealed class LoginCommand : IOnlineCommand
{
    /// <inheritdoc/>
    public string Name => "login";

    /// <inheritdoc/>
    public string Synopsis => "login --user <name> [--password <password>] [--out <token.txt>]   (password also from TENDERHALL_PASSWORD or standard input)";

    /// <inheritdoc/>
    public IReadOnlyList<string> Options => ["user", "password", "out"];

    /// <inheritdoc/>
    public async Task<Outcome> RunAsync(Arguments args, CliContext context)
    {
        args.NoPositional();
        var user = args.Required("user");
        var password = args.Value("password") ?? context.Environment("TENDERHALL_PASSWORD") ?? await context.Input.ReadLineAsync()
                       ?? throw new UsageException("give the password with --password, TENDERHALL_PASSWORD or on standard input.");
        var body = JsonSerializer.Serialize(new { userName = user, password });
        using var response = await PlatformClient.From(args, context).SendAsync(HttpMethod.Post, "api/v1/auth/token", signedIn: false,
            request => request.Content = PlatformClient.Json(body));
        var token = (await PlatformClient.ReadJsonAsync(response)).GetProperty("accessToken").GetString()
                    ?? throw new JsonException("The platform's answer has no accessToken.");
        if (args.Value("out") is not { } path) return Outcome.Done(token);
        await File.WriteAllTextAsync(path, token + "\n");
        return Outcome.Done($"Signed in as {user}; the token is saved in {path}. Pass --token @{path} to the other commands.");
    }
}
