using TenderHall.Verifier;

using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
return await VerifierCli.RunAsync(args, Console.Out, http);
