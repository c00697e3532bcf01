using System.Resources;
using TenderHall.Grains.Contracts.Experts;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the expert database and expert draw pages.</summary>
public sealed partial class PortalText
{
    private static readonly ResourceManager ExpertsStrings = Strings("Experts");

    public string ExpertsTitle => S(ExpertsStrings, "ExpertsTitle");
    public string ExpertsSearch => S(ExpertsStrings, "ExpertsSearch");
    public string ExpertsText => S(ExpertsStrings, "ExpertsText");
    public string AnySpecialty => S(ExpertsStrings, "AnySpecialty");
    public string AnyStatus => S(ExpertsStrings, "AnyStatus");
    public string Specialty => S(ExpertsStrings, "Specialty");
    public string Employer => S(ExpertsStrings, "Employer");
    public string Reason => S(ExpertsStrings, "Reason");
    public string ChangeStatus => S(ExpertsStrings, "ChangeStatus");
    public string ImportTitle => S(ExpertsStrings, "ImportTitle");
    public string ImportButton => S(ExpertsStrings, "ImportButton");
    public string ImportApplied => S(ExpertsStrings, "ImportApplied");
    public string ImportRejected => S(ExpertsStrings, "ImportRejected");
    public string Row => S(ExpertsStrings, "Row");
    public string Rule => S(ExpertsStrings, "Rule");
    public string ExportCsv => S(ExpertsStrings, "ExportCsv");
    public string ExportXlsx => S(ExpertsStrings, "ExportXlsx");
    public string SignInFirst => S(ExpertsStrings, "SignInFirst");

    public string DrawRequestTitle => S(ExpertsStrings, "DrawRequestTitle");
    public string TenderId => S(ExpertsStrings, "TenderId");
    public string EvaluationAt => S(ExpertsStrings, "EvaluationAt");
    public string CommitteeSize => S(ExpertsStrings, "CommitteeSize");
    public string TendereeSeats => S(ExpertsStrings, "TendereeSeats");
    public string TendereeCreditCode => S(ExpertsStrings, "TendereeCreditCode");
    public string SeatsSpec => S(ExpertsStrings, "SeatsSpec");
    public string Regions => S(ExpertsStrings, "Regions");
    public string Submit => S(ExpertsStrings, "Submit");

    public string WitnessTitle => S(ExpertsStrings, "WitnessTitle");
    public string Load => S(ExpertsStrings, "Load");
    public string CheckIn => S(ExpertsStrings, "CheckIn");
    public string CommitContribution => S(ExpertsStrings, "CommitContribution");
    public string RevealContribution => S(ExpertsStrings, "RevealContribution");
    public string Recordings => S(ExpertsStrings, "Recordings");
    public string RenderRecord => S(ExpertsStrings, "RenderRecord");
    public string PrepareCountersign => S(ExpertsStrings, "PrepareCountersign");
    public string SignedAttributes => S(ExpertsStrings, "SignedAttributes");
    public string Signature => S(ExpertsStrings, "Signature");
    public string Countersign => S(ExpertsStrings, "Countersign");
    public string AbsentSeat => S(ExpertsStrings, "AbsentSeat");
    public string MarkAbsent => S(ExpertsStrings, "MarkAbsent");
    public string Ground => S(ExpertsStrings, "Ground");
    public string RevealResult => S(ExpertsStrings, "RevealResult");
    public string Seat => S(ExpertsStrings, "Seat");
    public string Expert => S(ExpertsStrings, "Expert");

    public string MyDrawsTitle => S(ExpertsStrings, "MyDrawsTitle");
    public string NoDraws => S(ExpertsStrings, "NoDraws");
    public string SignDeclaration => S(ExpertsStrings, "SignDeclaration");
    public string Confirm => S(ExpertsStrings, "Confirm");
    public string Decline => S(ExpertsStrings, "Decline");
    public string RespondBy => S(ExpertsStrings, "RespondBy");

    public string DrawTitle => S(ExpertsStrings, "DrawTitle");
    public string DrawSealed => S(ExpertsStrings, "DrawSealed");
    public string Commitment => S(ExpertsStrings, "Commitment");
    public string Anchor => S(ExpertsStrings, "Anchor");
    public string Seed => S(ExpertsStrings, "Seed");
    public string Committee => S(ExpertsStrings, "Committee");
    public string DownloadDocument => S(ExpertsStrings, "DownloadDocument");
    public string RecheckInBrowser => S(ExpertsStrings, "RecheckInBrowser");
    public string RecheckScope => S(ExpertsStrings, "RecheckScope");
    public string RecheckLimits => S(ExpertsStrings, "RecheckLimits");
    public string RecheckStep => S(ExpertsStrings, "RecheckStep");
    public string RecheckOutcome => S(ExpertsStrings, "RecheckOutcome");
    public string RecheckRunning => S(ExpertsStrings, "RecheckRunning");
    public string RecheckPassed => S(ExpertsStrings, "RecheckPassed");
    public string RecheckFailed => S(ExpertsStrings, "RecheckFailed");
    public string RecheckHow => S(ExpertsStrings, "RecheckHow");

    /// <summary>A seat's status in the page's language.</summary>
    public string Of(SeatStatus status) => status switch
    {
        SeatStatus.Notified => S(ExpertsStrings, "SeatStatus_Notified"),
        SeatStatus.Confirmed => S(ExpertsStrings, "SeatStatus_Confirmed"),
        SeatStatus.Declined => S(ExpertsStrings, "SeatStatus_Declined"),
        SeatStatus.NoAnswer => S(ExpertsStrings, "SeatStatus_NoAnswer"),
        _ => S(ExpertsStrings, "SeatStatus_Other"),
    };

    /// <summary>A draw's status in the page's language.</summary>
    public string Of(DrawStatus status) => status switch
    {
        DrawStatus.AwaitingWitness => S(ExpertsStrings, "DrawStatus_AwaitingWitness"),
        DrawStatus.AwaitingContribution => S(ExpertsStrings, "DrawStatus_AwaitingContribution"),
        DrawStatus.Sealed => S(ExpertsStrings, "DrawStatus_Sealed"),
        _ => S(ExpertsStrings, "DrawStatus_Other"),
    };

    public string Of(ExpertStatus status) => status switch
    {
        ExpertStatus.Active => S(ExpertsStrings, "ExpertStatus_Active"),
        ExpertStatus.Suspended => S(ExpertsStrings, "ExpertStatus_Suspended"),
        _ => S(ExpertsStrings, "ExpertStatus_Other"),
    };
}
