using System.Resources;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the public page of the transparency log's latest checkpoint.</summary>
public sealed partial class PortalText
{
    private static readonly ResourceManager TransparencyStrings = Strings("Transparency");

    public string NavLog => S(TransparencyStrings, "NavLog");
    public string LogTitle => S(TransparencyStrings, "LogTitle");
    public string LogIntro => S(TransparencyStrings, "LogIntro");
    public string LogName => S(TransparencyStrings, "LogName");
    public string LogSize => S(TransparencyStrings, "LogSize");
    public string LogRoot => S(TransparencyStrings, "LogRoot");
    public string LogKey => S(TransparencyStrings, "LogKey");
    public string LogNote => S(TransparencyStrings, "LogNote");
    public string LogVerifyReceipt => S(TransparencyStrings, "LogVerifyReceipt");
    public string LogVerified => S(TransparencyStrings, "LogVerified");
    public string LogFailed => S(TransparencyStrings, "LogFailed");
}
