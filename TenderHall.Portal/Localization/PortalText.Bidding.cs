using System.Resources;
namespace TenderHall.Portal.Localization;

/// <summary>The strings of sealing and submitting a bid in the browser, and of checking a receipt.</summary>
public sealed partial class PortalText
{
    private static readonly ResourceManager BiddingStrings = Strings("Bidding");

    public string NavVerifyReceipt => S(BiddingStrings, "NavVerifyReceipt");
    public string SubmitBidLink => S(BiddingStrings, "SubmitBidLink");

    public string BidTitle => S(BiddingStrings, "BidTitle");
    public string BidIntro => S(BiddingStrings, "BidIntro");
    public string BidStanding => S(BiddingStrings, "BidStanding");
    public string ReceivedAt => S(BiddingStrings, "ReceivedAt");
    public string EnvelopeHash => S(BiddingStrings, "EnvelopeHash");
    public string DownloadReceipt => S(BiddingStrings, "DownloadReceipt");
    public string VerifyInBrowser => S(BiddingStrings, "VerifyInBrowser");
    public string WithdrawBid => S(BiddingStrings, "WithdrawBid");
    public string ConfirmWithdraw => S(BiddingStrings, "ConfirmWithdraw");
    public string ReplaceNote => S(BiddingStrings, "ReplaceNote");

    public string BidFormHeading => S(BiddingStrings, "BidFormHeading");
    public string DepositReference => S(BiddingStrings, "DepositReference");
    public string PriceHint => S(BiddingStrings, "PriceHint");
    public string Attachments => S(BiddingStrings, "Attachments");
    public string EncryptionKeyFile => S(BiddingStrings, "EncryptionKeyFile");
    public string SealButton => S(BiddingStrings, "SealButton");

    public string ErrorSummaryTitle => S(BiddingStrings, "ErrorSummaryTitle");
    public string PriceInvalid => S(BiddingStrings, "PriceInvalid");
    public string DurationInvalid => S(BiddingStrings, "DurationInvalid");
    public string QualityMissing => S(BiddingStrings, "QualityMissing");
    public string DepositMissing => S(BiddingStrings, "DepositMissing");
    public string SigningKeyMissing => S(BiddingStrings, "SigningKeyMissing");
    public string EncryptionKeyMissing => S(BiddingStrings, "EncryptionKeyMissing");
    public string TextInvalid => S(BiddingStrings, "TextInvalid");

    public string StepKeys => S(BiddingStrings, "StepKeys");
    public string StepHash => S(BiddingStrings, "StepHash");
    public string StepSeal => S(BiddingStrings, "StepSeal");
    public string StepSign => S(BiddingStrings, "StepSign");
    public string StepUpload => S(BiddingStrings, "StepUpload");
    public string StepReceipt => S(BiddingStrings, "StepReceipt");
    public string SelfTestPassed => S(BiddingStrings, "SelfTestPassed");
    public string SelfTestFailed => S(BiddingStrings, "SelfTestFailed");
    public string UploadWaiting => S(BiddingStrings, "UploadWaiting");
    public string UploadDeadline => S(BiddingStrings, "UploadDeadline");
    public string BidDone => S(BiddingStrings, "BidDone");
    public string BidSm2Key => S(BiddingStrings, "BidSm2Key");
    public string GmSuite => S(BiddingStrings, "GmSuite");

    public string ResumeHeading => S(BiddingStrings, "ResumeHeading");
    public string ResumeText => S(BiddingStrings, "ResumeText");
    public string ResumeButton => S(BiddingStrings, "ResumeButton");
    public string DiscardButton => S(BiddingStrings, "DiscardButton");
    public string ResumeMismatch => S(BiddingStrings, "ResumeMismatch");
    public string PendingNote => S(BiddingStrings, "PendingNote");

    public string VerifyReceiptTitle => S(BiddingStrings, "VerifyReceiptTitle");
    public string VerifyReceiptIntro => S(BiddingStrings, "VerifyReceiptIntro");
    public string ReceiptFile => S(BiddingStrings, "ReceiptFile");
    public string EnvelopeFileOptional => S(BiddingStrings, "EnvelopeFileOptional");
    public string DropHint => S(BiddingStrings, "DropHint");
    public string VerifyButton => S(BiddingStrings, "VerifyButton");
    public string ReceiptNotJson => S(BiddingStrings, "ReceiptNotJson");
    public string ReceiptRunning => S(BiddingStrings, "ReceiptRunning");
    public string ReceiptPassed => S(BiddingStrings, "ReceiptPassed");
    public string ReceiptFailed => S(BiddingStrings, "ReceiptFailed");
    public string ReceiptLogKey => S(BiddingStrings, "ReceiptLogKey");

    /// <summary>The name of a step of the receipt check.</summary>
    public string ReceiptStep(string step) => step switch
    {
        "note" => S(BiddingStrings, "ReceiptStep_note"),
        "envelope" => S(BiddingStrings, "ReceiptStep_envelope"),
        "fields" => S(BiddingStrings, "ReceiptStep_fields"),
        "leaf" => S(BiddingStrings, "ReceiptStep_leaf"),
        "inclusion" => S(BiddingStrings, "ReceiptStep_inclusion"),
        "log" => S(BiddingStrings, "ReceiptStep_log"),
        _ => step,
    };
}
