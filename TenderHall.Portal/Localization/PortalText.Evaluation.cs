using System.Resources;
using TenderHall.Grains.Contracts.Evaluation;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the evaluation pages: the expert's room, the agency's administration, the supervisor's watch, the bidder's clarifications.</summary>
public sealed partial class PortalText
{
    private static readonly ResourceManager EvaluationStrings = Strings("Evaluation");

    public string EvaluationRoomTitle => S(EvaluationStrings, "EvaluationRoomTitle");
    public string EvaluationAdminTitle => S(EvaluationStrings, "EvaluationAdminTitle");
    public string EvaluationWatchTitle => S(EvaluationStrings, "EvaluationWatchTitle");
    public string EvaluationClarificationsTitle => S(EvaluationStrings, "EvaluationClarificationsTitle");
    public string EvaluationSecret => S(EvaluationStrings, "EvaluationSecret");
    public string SigningKeySpki => S(EvaluationStrings, "SigningKeySpki");
    public string OpenedBids => S(EvaluationStrings, "OpenedBids");
    public string ReadBids => S(EvaluationStrings, "ReadBids");
    public string Download => S(EvaluationStrings, "Download");
    public string ReviewTitle => S(EvaluationStrings, "ReviewTitle");
    public string ReviewLines => S(EvaluationStrings, "ReviewLines");
    public string SubmitReview => S(EvaluationStrings, "SubmitReview");
    public string ScoringTitle => S(EvaluationStrings, "ScoringTitle");
    public string Technical => S(EvaluationStrings, "Technical");
    public string Commercial => S(EvaluationStrings, "Commercial");
    public string Adjustment => S(EvaluationStrings, "Adjustment");
    public string SubmitScores => S(EvaluationStrings, "SubmitScores");
    public string ShowScores => S(EvaluationStrings, "ShowScores");
    public string ClarificationTitle => S(EvaluationStrings, "ClarificationTitle");
    public string Question => S(EvaluationStrings, "Question");
    public string Hours => S(EvaluationStrings, "Hours");
    public string Ask => S(EvaluationStrings, "Ask");
    public string Answer => S(EvaluationStrings, "Answer");
    public string ExtensionTitle => S(EvaluationStrings, "ExtensionTitle");
    public string AskExtension => S(EvaluationStrings, "AskExtension");
    public string ReportTitle => S(EvaluationStrings, "ReportTitle");
    public string RenderReport => S(EvaluationStrings, "RenderReport");
    public string ReportPdf => S(EvaluationStrings, "ReportPdf");
    public string PrepareSignature => S(EvaluationStrings, "PrepareSignature");
    public string SignReport => S(EvaluationStrings, "SignReport");
    public string Candidates => S(EvaluationStrings, "Candidates");
    public string Rank => S(EvaluationStrings, "Rank");
    public string Score => S(EvaluationStrings, "Score");
    public string Rejections => S(EvaluationStrings, "Rejections");
    public string Progress => S(EvaluationStrings, "Progress");
    public string OpenEvaluation => S(EvaluationStrings, "OpenEvaluation");
    public string Remark => S(EvaluationStrings, "Remark");
    public string AddRemark => S(EvaluationStrings, "AddRemark");
    public string AddRecordings => S(EvaluationStrings, "AddRecordings");
    public string Due => S(EvaluationStrings, "Due");

    /// <summary>An evaluation status in the page's language.</summary>
    public string Of(EvaluationStatus status) => status switch
    {
        EvaluationStatus.NotOpened => S(EvaluationStrings, "EvaluationStatus_NotOpened"),
        EvaluationStatus.Review => S(EvaluationStrings, "EvaluationStatus_Review"),
        EvaluationStatus.Scoring => S(EvaluationStrings, "EvaluationStatus_Scoring"),
        EvaluationStatus.Reporting => S(EvaluationStrings, "EvaluationStatus_Reporting"),
        _ => S(EvaluationStrings, "EvaluationStatus_Other"),
    };
}
