using System.Resources;
using TenderHall.Grains.Contracts.Complaints;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the complainant's page and the supervisors' complaint handling (BLR 60–62, GPL 52–57).</summary>
public sealed partial class PortalText
{
    private static readonly ResourceManager ComplaintsStrings = Strings("Complaints");

    public string NavComplaints => S(ComplaintsStrings, "NavComplaints");
    public string MyComplaintsTitle => S(ComplaintsStrings, "MyComplaintsTitle");
    public string ComplaintHandlingTitle => S(ComplaintsStrings, "ComplaintHandlingTitle");
    public string ComplaintHandlingLink => S(ComplaintsStrings, "ComplaintHandlingLink");
    public string ComplaintLink => S(ComplaintsStrings, "ComplaintLink");
    public string ComplaintRules => S(ComplaintsStrings, "ComplaintRules");
    public string FileComplaintTitle => S(ComplaintsStrings, "FileComplaintTitle");
    public string KnownAt => S(ComplaintsStrings, "KnownAt");
    public string ComplaintText => S(ComplaintsStrings, "ComplaintText");
    public string EvidenceFiles => S(ComplaintsStrings, "EvidenceFiles");
    public string ChallengeId => S(ComplaintsStrings, "ChallengeId");
    public string FileComplaint => S(ComplaintsStrings, "FileComplaint");
    public string ChallengeTitle => S(ComplaintsStrings, "ChallengeTitle");
    public string ChallengeText => S(ComplaintsStrings, "ChallengeText");
    public string RaiseChallenge => S(ComplaintsStrings, "RaiseChallenge");
    public string ChallengeRaised => S(ComplaintsStrings, "ChallengeRaised");
    public string ComplaintFiled => S(ComplaintsStrings, "ComplaintFiled");
    public string MyComplaints => S(ComplaintsStrings, "MyComplaints");
    public string ComplaintId => S(ComplaintsStrings, "ComplaintId");
    public string FiledAt => S(ComplaintsStrings, "FiledAt");
    public string AcceptanceDue => S(ComplaintsStrings, "AcceptanceDue");
    public string ComplaintDecisionDue => S(ComplaintsStrings, "ComplaintDecisionDue");
    public string DecisionOutcome => S(ComplaintsStrings, "DecisionOutcome");
    public string TenderSuspended => S(ComplaintsStrings, "TenderSuspended");
    public string SupervisorNote => S(ComplaintsStrings, "SupervisorNote");
    public string EvidenceCount => S(ComplaintsStrings, "EvidenceCount");
    public string Yes => S(ComplaintsStrings, "Yes");
    public string ComplaintQueue => S(ComplaintsStrings, "ComplaintQueue");
    public string LoadQueue => S(ComplaintsStrings, "LoadQueue");
    public string Complainant => S(ComplaintsStrings, "Complainant");
    public string OpenCase => S(ComplaintsStrings, "OpenCase");
    public string CaseTitle => S(ComplaintsStrings, "CaseTitle");
    public string Accept => S(ComplaintsStrings, "Accept");
    public string Reject => S(ComplaintsStrings, "Reject");
    public string SuspendTender => S(ComplaintsStrings, "SuspendTender");
    public string Decide => S(ComplaintsStrings, "Decide");

    /// <summary>A complaint status in the page's language.</summary>
    public string Of(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Filed => S(ComplaintsStrings, "ComplaintStatus_Filed"),
        ComplaintStatus.Accepted => S(ComplaintsStrings, "ComplaintStatus_Accepted"),
        ComplaintStatus.Rejected => S(ComplaintsStrings, "ComplaintStatus_Rejected"),
        _ => S(ComplaintsStrings, "ComplaintStatus_Other"),
    };

    /// <summary>A complaint outcome in the page's language.</summary>
    public string Of(ComplaintOutcome outcome) => outcome switch
    {
        ComplaintOutcome.Dismissed => S(ComplaintsStrings, "ComplaintOutcome_Dismissed"),
        ComplaintOutcome.Reevaluate => S(ComplaintsStrings, "ComplaintOutcome_Reevaluate"),
        _ => S(ComplaintsStrings, "ComplaintOutcome_Other"),
    };
}
