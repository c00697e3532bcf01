using System.Resources;
namespace TenderHall.Portal.Localization;

/// <summary>The strings of the public candidate publicity and result page (BLR 54, BL 45).</summary>
public sealed partial class PortalText
{
    private static readonly ResourceManager AwardStrings = Strings("Award");

    public string ResultTitle => S(AwardStrings, "ResultTitle");
    public string ResultLink => S(AwardStrings, "ResultLink");
    public string NoResultYet => S(AwardStrings, "NoResultYet");
    public string PublicityPeriod => S(AwardStrings, "PublicityPeriod");
    public string PublicityNote => S(AwardStrings, "PublicityNote");
    public string RejectionReason => S(AwardStrings, "RejectionReason");
    public string Basis => S(AwardStrings, "Basis");
    public string Winner => S(AwardStrings, "Winner");
    public string AwardReason => S(AwardStrings, "AwardReason");
    public string AwardNotice => S(AwardStrings, "AwardNotice");
    public string ContractSigned => S(AwardStrings, "ContractSigned");
    public string TradeCertificate => S(AwardStrings, "TradeCertificate");
    public string DeclinedWinners => S(AwardStrings, "DeclinedWinners");

    public string AwardAdminTitle => S(AwardStrings, "AwardAdminTitle");
    public string AwardAdminLink => S(AwardStrings, "AwardAdminLink");
    public string ContractTitle => S(AwardStrings, "ContractTitle");
    public string ContractLink => S(AwardStrings, "ContractLink");
    public string AwardRule => S(AwardStrings, "AwardRule");
    public string Standing => S(AwardStrings, "Standing");
    public string Choose => S(AwardStrings, "Choose");
    public string ChoiceReason => S(AwardStrings, "ChoiceReason");
    public string DeclineTitle => S(AwardStrings, "DeclineTitle");
    public string DeclineButton => S(AwardStrings, "DeclineButton");
    public string ResultNotice => S(AwardStrings, "ResultNotice");
    public string WinnerNotice => S(AwardStrings, "WinnerNotice");
    public string DecidedAt => S(AwardStrings, "DecidedAt");
    public string ContractDue => S(AwardStrings, "ContractDue");
    public string ReportDue => S(AwardStrings, "ReportDue");
    public string ResultObjections => S(AwardStrings, "ResultObjections");
    public string RaisedAt => S(AwardStrings, "RaisedAt");
    public string AnswerDue => S(AwardStrings, "AnswerDue");
    public string AnswerText => S(AwardStrings, "AnswerText");
    public string AnswerButton => S(AwardStrings, "AnswerButton");
    public string WinnerMark => S(AwardStrings, "WinnerMark");
    public string DeclinedMark => S(AwardStrings, "DeclinedMark");
    public string ContractValue => S(AwardStrings, "ContractValue");
    public string PerformanceBond => S(AwardStrings, "PerformanceBond");
    public string ContractTerms => S(AwardStrings, "ContractTerms");
    public string DraftContract => S(AwardStrings, "DraftContract");
    public string ContractParties => S(AwardStrings, "ContractParties");
    public string SignerOrganization => S(AwardStrings, "SignerOrganization");
    public string SignerUser => S(AwardStrings, "SignerUser");
    public string KeyId => S(AwardStrings, "KeyId");
    public string SignedAt => S(AwardStrings, "SignedAt");
    public string SignContract => S(AwardStrings, "SignContract");
    public string ContractPdf => S(AwardStrings, "ContractPdf");
    public string FileContract => S(AwardStrings, "FileContract");
    public string FilingDue => S(AwardStrings, "FilingDue");
    public string WrittenReport => S(AwardStrings, "WrittenReport");
    public string FileReport => S(AwardStrings, "FileReport");
    public string WrittenReportPdf => S(AwardStrings, "WrittenReportPdf");
    public string ArchiveTitle => S(AwardStrings, "ArchiveTitle");
    public string ArchiveButton => S(AwardStrings, "ArchiveButton");
    public string ArchiveZip => S(AwardStrings, "ArchiveZip");
    public string ArchivedAt => S(AwardStrings, "ArchivedAt");
    public string RemainingDays => S(AwardStrings, "RemainingDays");
    public string Overdue => S(AwardStrings, "Overdue");
    public string Met => S(AwardStrings, "Met");
    public string ErrorTitle => S(AwardStrings, "ErrorTitle");

    /// <summary>What the award, contract and complaint pages' scripts write next to a deadline, and above a refusal.</summary>
    public object Clocks => new { left = RemainingDays, overdue = Overdue, met = Met, error = ErrorTitle };
}
