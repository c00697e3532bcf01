using System.Text.Json;
using TenderHall.Crypto;

namespace TenderHall.Verifier;

/// <summary>Dispatches <c>tenderhall-verify &lt;command&gt; ...</c>; exit code 0 verified, 1 not verified, 2 wrong usage.</summary>
public static class VerifierCli
{
    /// <summary>What the tool prints for <c>help</c> or a wrong command line.</summary>
    public const string Usage = """
        tenderhall-verify: checks TenderHall's public evidence with public data only.

          verify-checkpoint  --key <vkey|@file> <checkpoint-file>
          verify-consistency --key <vkey|@file> <old-checkpoint-file> <new-checkpoint-file> (--proof <json-file> | --log-url <url>)
          verify-inclusion   --key <vkey|@file> <receipt.json> [--later <checkpoint-file> (--proof <json-file> | --log-url <url>)]
          verify-draw        <draw.json> [--key <vkey|@file>]
          verify-opening     <opening.json> <entries.json>
          verify-pdf         <file.pdf> [--key <SubjectPublicKeyInfo base64|PEM|DER file>]...
          verify-archive     --key <vkey|@file> <archive.zip>
          verify-certificate --key <vkey|@file> --platform-key <SubjectPublicKeyInfo base64|PEM|DER file> <certificate.json>

        Exit code 0: verified. 1: NOT verified. 2: wrong command line. Formats: docs/transparency.md, docs/archive.md, docs/trade-certificate.md.
        """;

    /// <summary>Runs one command, printing its verdict line to <paramref name="output"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, HttpClient http)
    {
        Verdict verdict;
        try
        {
            var rest = new Arguments(args.Skip(1));
            verdict = args.FirstOrDefault() switch
            {
                "verify-checkpoint" => CheckpointCommand.Run(rest),
                "verify-consistency" => await ConsistencyCommand.RunAsync(rest, http),
                "verify-inclusion" => await InclusionCommand.RunAsync(rest, http),
                "verify-draw" => DrawCommand.Run(rest),
                "verify-opening" => OpeningCommand.Run(rest),
                "verify-pdf" => PdfCommand.Run(rest),
                "verify-archive" => ArchiveCommand.Run(rest),
                "verify-certificate" => CertificateCommand.Run(rest),
                _ => throw new UsageException(args.Length == 0 ? "name a command." : $"unknown command '{args[0]}'."),
            };
        }
        catch (UsageException e)
        {
            await output.WriteLineAsync($"usage error: {e.Message}\n\n{Usage}");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException
                                      or KeyNotFoundException or InvalidOperationException or HttpRequestException or CryptographicFormatException)
        {
            // Unreadable or incomplete evidence proves nothing: a failed verification, not a crash.
            verdict = Verdict.Fail($"NOT VERIFIED: the evidence cannot be read ({e.Message}).");
        }

        await output.WriteLineAsync(verdict.Message);
        return verdict.Verified ? 0 : 1;
    }
}
