namespace TenderHall.BidderTool.Cli;

/// <summary>Marks a command that talks to the platform, so it also accepts --url, --token and --lang.</summary>
public interface IOnlineCommand : IBidderCommand;
