using System.Resources;
namespace TenderHall.Portal.Localization;

/// <summary>The strings of the opening hall (不见面开标大厅).</summary>
public sealed partial class PortalText
{
    private static readonly ResourceManager OpeningStrings = Strings("Opening");

    public string OpeningHall => S(OpeningStrings, "OpeningHall");
    public string OpeningHallLink => S(OpeningStrings, "OpeningHallLink");
    public string OpensAt => S(OpeningStrings, "OpensAt");
    public string NotYetOpen => S(OpeningStrings, "NotYetOpen");
    public string Supervisors => S(OpeningStrings, "Supervisors");
    public string NoSupervisors => S(OpeningStrings, "NoSupervisors");
    public string KeyShares => S(OpeningStrings, "KeyShares");
    public string SharesOf(int received, int threshold) => F(OpeningStrings, "SharesOf", received, threshold);
    public string QualityCommitment => S(OpeningStrings, "QualityCommitment");
    public string DepositStatus => S(OpeningStrings, "DepositStatus");
    public string Response => S(OpeningStrings, "Response");
    public string Confirmed => S(OpeningStrings, "Confirmed");
    public string NoResponse => S(OpeningStrings, "NoResponse");
    public string ObjectionAnswered(string objection, string? answer) =>
        F(OpeningStrings, "ObjectionAnswered", objection, answer ?? AnswerPending);
    public string AnswerPending => S(OpeningStrings, "AnswerPending");
    public string RecordPdf => S(OpeningStrings, "RecordPdf");
    public string SignedByPlatform => S(OpeningStrings, "SignedByPlatform");
    public string SignedBySupervisor => S(OpeningStrings, "SignedBySupervisor");
    public string SessionNotes => S(OpeningStrings, "SessionNotes");
    public string LiveFeed => S(OpeningStrings, "LiveFeed");
    public string FeedConnecting => S(OpeningStrings, "FeedConnecting");
    public string FeedLive => S(OpeningStrings, "FeedLive");
    public string FeedReconnecting => S(OpeningStrings, "FeedReconnecting");

    /// <summary>Labels of the live feed's event types, for the page's script.</summary>
    public IReadOnlyDictionary<string, string> FeedLabels => new Dictionary<string, string>
    {
        ["opening.started"] = S(OpeningStrings, "FeedReconnecting_opening_started"),
        ["opening.check-in"] = S(OpeningStrings, "FeedReconnecting_opening_check_in"),
        ["opening.share-received"] = S(OpeningStrings, "FeedReconnecting_opening_share_received"),
        ["opening.key-rebuilt"] = S(OpeningStrings, "FeedReconnecting_opening_key_rebuilt"),
        ["opening.bid-decrypted"] = S(OpeningStrings, "FeedReconnecting_opening_bid_decrypted"),
        ["opening.record-published"] = S(OpeningStrings, "FeedReconnecting_opening_record_published"),
        ["opening.confirmed"] = S(OpeningStrings, "FeedReconnecting_opening_confirmed"),
        ["opening.objected"] = S(OpeningStrings, "FeedReconnecting_opening_objected"),
        ["opening.objection-answered"] = S(OpeningStrings, "FeedReconnecting_opening_objection_answered"),
        ["opening.record-signed"] = S(OpeningStrings, "FeedReconnecting_opening_record_signed"),
        ["opening.closed"] = S(OpeningStrings, "FeedReconnecting_opening_closed"),
    };
}
