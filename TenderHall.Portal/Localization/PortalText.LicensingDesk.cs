using System.Globalization;
using System.Resources;
using TenderHall.Grains.Contracts.Licensing;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the item guide, the online application, the officers' case desk and the directory desk.</summary>
public sealed partial class PortalText
{
    private static readonly ResourceManager LicensingDeskStrings = Strings("LicensingDesk");

    public string GuideTitle => S(LicensingDeskStrings, "GuideTitle");
    public string NoSuchItem => S(LicensingDeskStrings, "NoSuchItem");
    public string VersionInForce(int number, DateOnly from) => F(LicensingDeskStrings, "VersionInForce", number, Day(from));
    public string VersionNotInForce(int number, DateOnly from, int? inForce) => inForce is { } current
        ? F(LicensingDeskStrings, "VersionNotInForce", number, Day(from), current)
        : F(LicensingDeskStrings, "VersionNotInForce_2", number, Day(from));
    public string SeeVersionInForce => S(LicensingDeskStrings, "SeeVersionInForce");
    public string ApplyOnline => S(LicensingDeskStrings, "ApplyOnline");
    public string TenPublicities => S(LicensingDeskStrings, "TenPublicities");
    public string ItemName => S(LicensingDeskStrings, "ItemName");
    public string DownloadSample(string file) => F(LicensingDeskStrings, "DownloadSample", file);
    public string LiveProgress => S(LicensingDeskStrings, "LiveProgress");
    public string FeeItemName => S(LicensingDeskStrings, "FeeItemName");
    public string FeeStandard => S(LicensingDeskStrings, "FeeStandard");
    public string FeeBasis => S(LicensingDeskStrings, "FeeBasis");
    public string WhereToApply => S(LicensingDeskStrings, "WhereToApply");
    public string WindowLabel => S(LicensingDeskStrings, "WindowLabel");
    public string OutsideCentre => S(LicensingDeskStrings, "OutsideCentre");
    public string NetworkedAt(string department) => F(LicensingDeskStrings, "NetworkedAt", department);
    public string TradeCertificateNeeded => S(LicensingDeskStrings, "TradeCertificateNeeded");
    public string YesLabel => S(LicensingDeskStrings, "YesLabel");
    public string NoLabel => S(LicensingDeskStrings, "NoLabel");
    public string Versions => S(LicensingDeskStrings, "Versions");
    public string VersionNumber => S(LicensingDeskStrings, "VersionNumber");
    public string VersionLabel(int number) => F(LicensingDeskStrings, "VersionLabel", number);
    public string ChangeKind => S(LicensingDeskStrings, "ChangeKind");
    public string EffectiveFrom => S(LicensingDeskStrings, "EffectiveFrom");
    public string ApprovalDocument => S(LicensingDeskStrings, "ApprovalDocument");

    /// <summary>A day in Beijing, as the directory dates its versions.</summary>
    public string Day(DateOnly day) => day == DateOnly.MinValue ? S(LicensingDeskStrings, "Day") : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Of(DirectoryChange change) => change switch
    {
        DirectoryChange.Add => S(LicensingDeskStrings, "DirectoryChange_Add"),
        DirectoryChange.Change => S(LicensingDeskStrings, "DirectoryChange_Change"),
        _ => S(LicensingDeskStrings, "DirectoryChange_Other"),
    };

    public string Of(ProposalStatus status) => status switch
    {
        ProposalStatus.Proposed => S(LicensingDeskStrings, "ProposalStatus_Proposed"),
        ProposalStatus.Reviewed => S(LicensingDeskStrings, "ProposalStatus_Reviewed"),
        ProposalStatus.Approved => S(LicensingDeskStrings, "ProposalStatus_Approved"),
        _ => S(LicensingDeskStrings, "ProposalStatus_Other"),
    };

    public string ApplyTitle => S(LicensingDeskStrings, "ApplyTitle");
    public string ApplySignIn => S(LicensingDeskStrings, "ApplySignIn");
    public string ApplicantName => S(LicensingDeskStrings, "ApplicantName");
    public string ApplicationSubject => S(LicensingDeskStrings, "ApplicationSubject");
    public string ApplicationAmount => S(LicensingDeskStrings, "ApplicationAmount");
    public string ProjectKindLabel => S(LicensingDeskStrings, "ProjectKindLabel");
    public string ProjectKindOther => S(LicensingDeskStrings, "ProjectKindOther");
    public string ProjectKindInvestment => S(LicensingDeskStrings, "ProjectKindInvestment");
    public string ProjectKindProcurement => S(LicensingDeskStrings, "ProjectKindProcurement");
    public string CertificateHint => S(LicensingDeskStrings, "CertificateHint");
    public string UploadProgress(string material) => F(LicensingDeskStrings, "UploadProgress", material);
    public string MaterialsHint => S(LicensingDeskStrings, "MaterialsHint");
    public string SubmitApplication => S(LicensingDeskStrings, "SubmitApplication");
    public string ApplicationReceived => S(LicensingDeskStrings, "ApplicationReceived");
    public string ReceivedAtLabel => S(LicensingDeskStrings, "ReceivedAtLabel");
    public string NoticeDueLabel => S(LicensingDeskStrings, "NoticeDueLabel");
    public string DownloadCaseReceipt => S(LicensingDeskStrings, "DownloadCaseReceipt");
    public string UploadingMaterials => S(LicensingDeskStrings, "UploadingMaterials");
    public string ApplicantMissing => S(LicensingDeskStrings, "ApplicantMissing");
    public string SubjectMissing => S(LicensingDeskStrings, "SubjectMissing");
    public string ApplicationAmountInvalid => S(LicensingDeskStrings, "ApplicationAmountInvalid");
    public string MaterialsMissing => S(LicensingDeskStrings, "MaterialsMissing");
    public string ProjectCodeMissing => S(LicensingDeskStrings, "ProjectCodeMissing");
    public string ProjectCodeFormat => S(LicensingDeskStrings, "ProjectCodeFormat");
    public string ProjectCodeHint => S(LicensingDeskStrings, "ProjectCodeHint");

    public string CaseDeskTitle => S(LicensingDeskStrings, "CaseDeskTitle");
    public string CaseDeskIntro => S(LicensingDeskStrings, "CaseDeskIntro");
    public string NextClock => S(LicensingDeskStrings, "NextClock");
    public string HandleCase => S(LicensingDeskStrings, "HandleCase");
    public string NoDeskCases => S(LicensingDeskStrings, "NoDeskCases");
    public string CaseSteps => S(LicensingDeskStrings, "CaseSteps");
    public string CaseActions => S(LicensingDeskStrings, "CaseActions");
    public string ActionText => S(LicensingDeskStrings, "ActionText");
    public string ActionTextHint => S(LicensingDeskStrings, "ActionTextHint");
    public string NoticeLegend => S(LicensingDeskStrings, "NoticeLegend");
    public string NoticeOther => S(LicensingDeskStrings, "NoticeOther");
    public string ActAccept => S(LicensingDeskStrings, "ActAccept");
    public string ActNotice => S(LicensingDeskStrings, "ActNotice");
    public string ActRefuse => S(LicensingDeskStrings, "ActRefuse");
    public string ActReview => S(LicensingDeskStrings, "ActReview");
    public string ActStop => S(LicensingDeskStrings, "ActStop");
    public string ActRestart => S(LicensingDeskStrings, "ActRestart");
    public string ActExtend => S(LicensingDeskStrings, "ActExtend");
    public string ActGrant => S(LicensingDeskStrings, "ActGrant");
    public string ActDeny => S(LicensingDeskStrings, "ActDeny");
    public string ActCertify => S(LicensingDeskStrings, "ActCertify");
    public string StepDocument => S(LicensingDeskStrings, "StepDocument");
    public string ActionDone => S(LicensingDeskStrings, "ActionDone");
    public string ClockStoppedNow => S(LicensingDeskStrings, "ClockStoppedNow");
    public string ActionTextRequired => S(LicensingDeskStrings, "ActionTextRequired");
    public string NoticeRequired => S(LicensingDeskStrings, "NoticeRequired");
    public string VersionColumn => S(LicensingDeskStrings, "VersionColumn");
    public string LimitLabel => S(LicensingDeskStrings, "LimitLabel");
    public string ExtendedLabel => S(LicensingDeskStrings, "ExtendedLabel");
    public string StoppedDaysLabel => S(LicensingDeskStrings, "StoppedDaysLabel");
    public string CertificateDueLabel => S(LicensingDeskStrings, "CertificateDueLabel");

    public string DirectoryDeskTitle => S(LicensingDeskStrings, "DirectoryDeskTitle");
    public string DirectoryDeskIntro => S(LicensingDeskStrings, "DirectoryDeskIntro");
    public string OpenProposals => S(LicensingDeskStrings, "OpenProposals");
    public string DirectoryNoticesTitle => S(LicensingDeskStrings, "DirectoryNoticesTitle");
    public string NoDirectoryNotices => S(LicensingDeskStrings, "NoDirectoryNotices");
    public string ItemCode => S(LicensingDeskStrings, "ItemCode");
    public string ProposalStatusLabel => S(LicensingDeskStrings, "ProposalStatusLabel");
    public string NoProposals => S(LicensingDeskStrings, "NoProposals");
    public string ProposedText => S(LicensingDeskStrings, "ProposedText");
    public string ChangesAgainstCurrent => S(LicensingDeskStrings, "ChangesAgainstCurrent");
    public string OpinionLabel => S(LicensingDeskStrings, "OpinionLabel");
    public string ReviewPass => S(LicensingDeskStrings, "ReviewPass");
    public string ReviewReturn => S(LicensingDeskStrings, "ReviewReturn");
    public string DecisionApprove => S(LicensingDeskStrings, "DecisionApprove");
    public string DecisionReturn => S(LicensingDeskStrings, "DecisionReturn");
    public string ProposeTitle => S(LicensingDeskStrings, "ProposeTitle");
    public string ProposeIntro => S(LicensingDeskStrings, "ProposeIntro");
    public string LoadCurrent => S(LicensingDeskStrings, "LoadCurrent");
    public string PromisedDaysInput => S(LicensingDeskStrings, "PromisedDaysInput");
    public string OneALine => S(LicensingDeskStrings, "OneALine");
    public string ProposalReason => S(LicensingDeskStrings, "ProposalReason");
    public string SubmitProposal => S(LicensingDeskStrings, "SubmitProposal");
    public string ProposalSubmitted => S(LicensingDeskStrings, "ProposalSubmitted");
    public string ProposedBy => S(LicensingDeskStrings, "ProposedBy");
    public string CentreReview => S(LicensingDeskStrings, "CentreReview");
    public string NoChangeAgainstCurrent => S(LicensingDeskStrings, "NoChangeAgainstCurrent");
    public string WithdrawDiff => S(LicensingDeskStrings, "WithdrawDiff");
    public string NewItemDiff => S(LicensingDeskStrings, "NewItemDiff");
    public string OpinionRequired => S(LicensingDeskStrings, "OpinionRequired");
    public string DocumentRequired => S(LicensingDeskStrings, "DocumentRequired");
    public string CodeMissing => S(LicensingDeskStrings, "CodeMissing");
    public string NameMissing => S(LicensingDeskStrings, "NameMissing");
    public string BasisMissing => S(LicensingDeskStrings, "BasisMissing");
    public string DaysInvalid => S(LicensingDeskStrings, "DaysInvalid");
    public string WindowMissing => S(LicensingDeskStrings, "WindowMissing");
    public string LinesMissing => S(LicensingDeskStrings, "LinesMissing");
    public string EffectiveMissing => S(LicensingDeskStrings, "EffectiveMissing");
    public string ReasonMissing => S(LicensingDeskStrings, "ReasonMissing");
}
