using TenderHall.BidderTool.Cli;

// Chunks of a large bid can take minutes on a slow line; a stalled request still ends and the upload resumes.
using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
var context = new CliContext(Console.Out, Console.Error, Console.In, http, Environment.GetEnvironmentVariable);
return await BidderCli.RunAsync(args, context);
