using System.Resources;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;

namespace TenderHall.Portal.Localization;

/// <summary>
/// The strings of the bidder's pages (documents, questions, objections, guarantee letter, opening line) and of the simulated
/// bank of demos and tests.
/// </summary>
public sealed partial class PortalText
{
    private static readonly ResourceManager BidderPagesStrings = Strings("BidderPages");

    /// <summary>What every bidder's page script needs: where to sign in again, and the error summary's title.</summary>
    public object BidderScriptData => new { signIn = Language.Href("/signin"), errorTitle = ErrorSummaryTitle };

    public string BidderTasks => S(BidderPagesStrings, "BidderTasks");

    /// <summary>The bidder's pages about one tender, by their path under <c>/my/tenders/{id}/</c>.</summary>
    public IEnumerable<(string Path, string Label)> BidderTaskLinks =>
    [
        ("documents", BuyDocumentsTitle), ("questions", QuestionsTitle), ("objections", ObjectTitle), ("guarantee", GuaranteeTitle),
        ("bid", S(BidderPagesStrings, "BidderTasks_2")), ("opening", BidderOpeningTitle),
    ];

    public string OpenToBiddersFilter => S(BidderPagesStrings, "OpenToBiddersFilter");
    public string OpenToBiddersAll => S(BidderPagesStrings, "OpenToBiddersAll");
    public string OpenForDocuments => S(BidderPagesStrings, "OpenForDocuments");
    public string OpenForBids => S(BidderPagesStrings, "OpenForBids");
    public string BuyDocumentsLink => S(BidderPagesStrings, "BuyDocumentsLink");
    public string FindOpenTenders => S(BidderPagesStrings, "FindOpenTenders");

    public string BuyDocumentsTitle => S(BidderPagesStrings, "BuyDocumentsTitle");
    public string BuyDocumentsIntro => S(BidderPagesStrings, "BuyDocumentsIntro");
    public string StepOrder => S(BidderPagesStrings, "StepOrder");
    public string StepPay => S(BidderPagesStrings, "StepPay");
    public string StepDownload => S(BidderPagesStrings, "StepDownload");
    public string OrderDocuments => S(BidderPagesStrings, "OrderDocuments");
    public string NoOrder => S(BidderPagesStrings, "NoOrder");
    public string Ordered => S(BidderPagesStrings, "Ordered");
    public string PayIntro => S(BidderPagesStrings, "PayIntro");
    public string PayAtBank => S(BidderPagesStrings, "PayAtBank");
    public string PayAtCounter => S(BidderPagesStrings, "PayAtCounter");
    public string RefreshPayment => S(BidderPagesStrings, "RefreshPayment");
    public string PaidReceipt => S(BidderPagesStrings, "PaidReceipt");
    public string DownloadIntro => S(BidderPagesStrings, "DownloadIntro");
    public string DownloadDocuments => S(BidderPagesStrings, "DownloadDocuments");
    public string Downloaded => S(BidderPagesStrings, "Downloaded");

    public string Of(FeeOrderStatus status) => status switch
    {
        FeeOrderStatus.AwaitingPayment => S(BidderPagesStrings, "FeeOrderStatus_AwaitingPayment"),
        FeeOrderStatus.Paid => S(BidderPagesStrings, "FeeOrderStatus_Paid"),
        FeeOrderStatus.Refunded => S(BidderPagesStrings, "FeeOrderStatus_Refunded"),
        _ => status.ToString(),
    };

    public string QuestionsTitle => S(BidderPagesStrings, "QuestionsTitle");
    public string QuestionsIntro => S(BidderPagesStrings, "QuestionsIntro");
    public string BidderQuestionText => S(BidderPagesStrings, "BidderQuestionText");
    public string BidderAskButton => S(BidderPagesStrings, "BidderAskButton");
    public string QuestionMissing => S(BidderPagesStrings, "QuestionMissing");
    public string QuestionAsked => S(BidderPagesStrings, "QuestionAsked");
    public string BidderClarificationsHeading => S(BidderPagesStrings, "BidderClarificationsHeading");
    public string BidderClarificationNumber => S(BidderPagesStrings, "BidderClarificationNumber");
    public string BidderQuestionsAnswered => S(BidderPagesStrings, "BidderQuestionsAnswered");
    public string BidderClarificationText => S(BidderPagesStrings, "BidderClarificationText");
    public string BidderMovedDeadline => S(BidderPagesStrings, "BidderMovedDeadline");
    public string BidderNoClarifications => S(BidderPagesStrings, "BidderNoClarifications");

    public string ObjectTitle => S(BidderPagesStrings, "ObjectTitle");
    public string ObjectIntro => S(BidderPagesStrings, "ObjectIntro");
    public string MyObjectionGrounds => S(BidderPagesStrings, "MyObjectionGrounds");
    public string ObjectionGroundsHint => S(BidderPagesStrings, "ObjectionGroundsHint");
    public string InterestGround => S(BidderPagesStrings, "InterestGround");
    public string InterestGroundHint => S(BidderPagesStrings, "InterestGroundHint");
    public string ObjectButton => S(BidderPagesStrings, "ObjectButton");
    public string ObjectionEvidence => S(BidderPagesStrings, "ObjectionEvidence");
    public string ObjectionEvidenceHint => S(BidderPagesStrings, "ObjectionEvidenceHint");
    public string ObjectionEvidenceColumn => S(BidderPagesStrings, "ObjectionEvidenceColumn");

    /// <summary>What the objection page says while it uploads evidence, and when too many files are chosen.</summary>
    public object ObjectionEvidenceText => new
    {
        tooMany = S(BidderPagesStrings, "ObjectionEvidenceTooMany"), uploading = S(BidderPagesStrings, "ObjectionUploading"),
    };
    public string ObjectionMissing => S(BidderPagesStrings, "ObjectionMissing");
    public string ObjectionRaised => S(BidderPagesStrings, "ObjectionRaised");
    public string MyObjectionsHere => S(BidderPagesStrings, "MyObjectionsHere");
    public string MyObjectionId => S(BidderPagesStrings, "MyObjectionId");
    public string MyObjectionRaisedAt => S(BidderPagesStrings, "MyObjectionRaisedAt");
    public string MyObjectionAnswerDue => S(BidderPagesStrings, "MyObjectionAnswerDue");
    public string MyObjectionAnswer => S(BidderPagesStrings, "MyObjectionAnswer");
    public string MyObjectionsTitle => S(BidderPagesStrings, "MyObjectionsTitle");
    public string MyObjectionsIntro => S(BidderPagesStrings, "MyObjectionsIntro");
    public string NoObjections => S(BidderPagesStrings, "NoObjections");

    /// <summary>How an interested party's stated interest stands.</summary>
    public object InterestLabels => new
    {
        pending = S(BidderPagesStrings, "NoObjections_2"), accepted = S(BidderPagesStrings, "NoObjections_3"), rejected = S(BidderPagesStrings, "NoObjections_4"),
    };

    public string GuaranteeTitle => S(BidderPagesStrings, "GuaranteeTitle");
    public string GuaranteeIntro => S(BidderPagesStrings, "GuaranteeIntro");
    public string CurrentLetter => S(BidderPagesStrings, "CurrentLetter");
    public string NoLetter => S(BidderPagesStrings, "NoLetter");
    public string LetterNumberLabel => S(BidderPagesStrings, "LetterNumberLabel");
    public string LetterIssuer => S(BidderPagesStrings, "LetterIssuer");
    public string LetterIssuerCode => S(BidderPagesStrings, "LetterIssuerCode");
    public string BankAmount => S(BidderPagesStrings, "BankAmount");
    public string LetterAmountYuan => S(BidderPagesStrings, "LetterAmountYuan");
    public string LetterValidity => S(BidderPagesStrings, "LetterValidity");
    public string LetterValidFrom => S(BidderPagesStrings, "LetterValidFrom");
    public string LetterValidUntil => S(BidderPagesStrings, "LetterValidUntil");
    public string LodgeHeading => S(BidderPagesStrings, "LodgeHeading");
    public string LodgeButton => S(BidderPagesStrings, "LodgeButton");
    public string LodgeNote => S(BidderPagesStrings, "LodgeNote");
    public string LetterLodged => S(BidderPagesStrings, "LetterLodged");
    public string AskIssuer => S(BidderPagesStrings, "AskIssuer");
    public string RefreshLetter => S(BidderPagesStrings, "RefreshLetter");
    public string IssuerMissing => S(BidderPagesStrings, "IssuerMissing");
    public string IssuerCodeInvalid => S(BidderPagesStrings, "IssuerCodeInvalid");
    public string LetterNumberMissing => S(BidderPagesStrings, "LetterNumberMissing");
    public string AmountInvalid => S(BidderPagesStrings, "AmountInvalid");
    public string ValidFromMissing => S(BidderPagesStrings, "ValidFromMissing");
    public string ValidUntilMissing => S(BidderPagesStrings, "ValidUntilMissing");

    public string Of(GuaranteeStatus status) => status switch
    {
        GuaranteeStatus.Lodged => S(BidderPagesStrings, "GuaranteeStatus_Lodged"),
        GuaranteeStatus.Verified => S(BidderPagesStrings, "GuaranteeStatus_Verified"),
        GuaranteeStatus.Rejected => S(BidderPagesStrings, "GuaranteeStatus_Rejected"),
        GuaranteeStatus.Released => S(BidderPagesStrings, "GuaranteeStatus_Released"),
        GuaranteeStatus.Replaced => S(BidderPagesStrings, "GuaranteeStatus_Replaced"),
        _ => status.ToString(),
    };

    public string BidderOpeningTitle => S(BidderPagesStrings, "BidderOpeningTitle");
    public string BidderOpeningIntro => S(BidderPagesStrings, "BidderOpeningIntro");
    public string BidderMyLine => S(BidderPagesStrings, "BidderMyLine");
    public string BidderNoLine => S(BidderPagesStrings, "BidderNoLine");
    public string BidderLineOutcome => S(BidderPagesStrings, "BidderLineOutcome");
    public string BidderMyAnswer => S(BidderPagesStrings, "BidderMyAnswer");
    public string BidderRespondHeading => S(BidderPagesStrings, "BidderRespondHeading");
    public string BidderRespondIntro => S(BidderPagesStrings, "BidderRespondIntro");
    public string BidderConfirmLine => S(BidderPagesStrings, "BidderConfirmLine");
    public string BidderLineObjection => S(BidderPagesStrings, "BidderLineObjection");
    public string BidderObjectToLine => S(BidderPagesStrings, "BidderObjectToLine");
    public string LineObjectionMissing => S(BidderPagesStrings, "LineObjectionMissing");
    public string BidderLineConfirmed => S(BidderPagesStrings, "BidderLineConfirmed");
    public string BidderLineObjected => S(BidderPagesStrings, "BidderLineObjected");
    public string BidderPartsDue => S(BidderPagesStrings, "BidderPartsDue");
    public string BidderPartNote => S(BidderPagesStrings, "BidderPartNote");
    public string BidderRefreshOpening => S(BidderPagesStrings, "BidderRefreshOpening");

    public string SimulatedBankName => S(BidderPagesStrings, "SimulatedBankName");
    public string SimulatedBankBanner => S(BidderPagesStrings, "SimulatedBankBanner");
    public string BankPayTitle => S(BidderPagesStrings, "BankPayTitle");
    public string BankPayee => S(BidderPagesStrings, "BankPayee");
    public string BankPayeeName => S(BidderPagesStrings, "BankPayeeName");
    public string FeeOrderNumber => S(BidderPagesStrings, "FeeOrderNumber");
    public string BankConfirmPay => S(BidderPagesStrings, "BankConfirmPay");
    public string BankPaid => S(BidderPagesStrings, "BankPaid");
    public string BankBack => S(BidderPagesStrings, "BankBack");
    public string IssuerTitle => S(BidderPagesStrings, "IssuerTitle");
    public string IssuerIntro => S(BidderPagesStrings, "IssuerIntro");
    public string GuaranteeIdLabel => S(BidderPagesStrings, "GuaranteeIdLabel");
    public string IssuerVerify => S(BidderPagesStrings, "IssuerVerify");
    public string IssuerReject => S(BidderPagesStrings, "IssuerReject");
    public string IssuerDecided => S(BidderPagesStrings, "IssuerDecided");

    public string BidWhatCounts => S(BidderPagesStrings, "BidWhatCounts");
    public string CountsLast => S(BidderPagesStrings, "CountsLast");
    public string CountsReplaced => S(BidderPagesStrings, "CountsReplaced");
    public string CountsWithdrawn => S(BidderPagesStrings, "CountsWithdrawn");
    public string CountsDeadline => S(BidderPagesStrings, "CountsDeadline");
    public string ReplaceHeading => S(BidderPagesStrings, "ReplaceHeading");
    public string ReplaceButton => S(BidderPagesStrings, "ReplaceButton");
}
