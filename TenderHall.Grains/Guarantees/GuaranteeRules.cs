using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TenderHall.Grains.Bidding;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Deadlines;
using TenderHall.Grains.Fees;
using TenderHall.Grains.Registry;

namespace TenderHall.Grains.Guarantees;

/// <summary>
/// What a bid guarantee letter may become: lodging, the issuer's decision and release, without grains or storage. Every
/// check runs before anything changes, so a refused request leaves the letter as it was.
/// </summary>
public static class GuaranteeRules
{
    /// <summary>Longest issuer name.</summary>
    public const int MaxIssuerNameLength = 100;

    /// <summary>Longest letter number.</summary>
    public const int MaxLetterNumberLength = 64;

    /// <summary>
    /// The letter a bidder lodges, or <paramref name="current"/> itself when the same letter is lodged again. The tender
    /// models no bid validity period (投标有效期), so the letter must be valid at the bid deadline: from it at the latest,
    /// until it at the earliest; once tenders carry a validity period the end of that period replaces the deadline here.
    /// </summary>
    public static GuaranteeLetter Lodge(string guaranteeId, GuaranteeLetter? current, GuaranteeLodging lodging, TenderView tender, long? depositFen, DateTimeOffset now)
    {
        if (!GuaranteeIds.TryParse(guaranteeId, out var tenderId, out var bidderId)) Invalid("the guarantee id is not bg:{tenderId}:{bidderId}");
        Validate(lodging);
        // BL 28, EBM 28: like a bid, a letter counts only when lodged before the deadline by the server clock, while the tender takes bids.
        var deadline = BidWindow.Require(tender, now, "GUAR-LATE", "GUAR-CLOSED");
        // BLR 26: the letter stands in for the bid deposit the tender asks.
        var deposit = depositFen ?? throw RuleViolationException.Of("GUAR-NO-DEPOSIT", ("tender", tender.Id));
        if (lodging.AmountFen < deposit) throw RuleViolationException.Of("GUAR-AMOUNT-LOW", ("amount", lodging.AmountFen), ("deposit", deposit));
        if (lodging.ValidFrom > deadline || lodging.ValidUntil < deadline)
            throw RuleViolationException.Of("GUAR-VALIDITY", ("from", RuleValues.Beijing(lodging.ValidFrom)), ("until", RuleValues.Beijing(lodging.ValidUntil)), ("deadline", RuleValues.Beijing(deadline)));
        if (current is { Status: GuaranteeStatus.Lodged or GuaranteeStatus.Verified or GuaranteeStatus.Rejected } && IsSame(current, lodging)) return current;

        var letter = new GuaranteeLetter
        {
            GuaranteeId = guaranteeId, TenderId = tenderId, BidderId = bidderId, IssuerName = lodging.IssuerName.Trim(),
            IssuerCreditCode = lodging.IssuerCreditCode, LetterNumber = lodging.LetterNumber, AmountFen = lodging.AmountFen,
            ValidFrom = lodging.ValidFrom, ValidUntil = lodging.ValidUntil, Status = GuaranteeStatus.Lodged, LodgedAt = now,
        };
        letter.LetterSha256 = Sha256(letter);
        return letter;
    }

    /// <summary>
    /// Applies the issuer's decision to <paramref name="current"/>; false when the callback repeats the recorded decision.
    /// A callback for another letter, another amount, or contradicting the recorded decision is refused and changes nothing.
    /// </summary>
    public static bool Decide(string guaranteeId, GuaranteeLetter? current, GuaranteeCallback callback)
    {
        if (current is null || current.Status == GuaranteeStatus.Replaced
            || current.LetterNumber != callback.LetterNumber || current.IssuerCreditCode != callback.IssuerCreditCode)
            throw RuleViolationException.Of("GUAR-UNKNOWN-LETTER", ("number", callback.LetterNumber), ("issuer", callback.IssuerCreditCode), ("id", guaranteeId));
        if (callback.AmountFen != current.AmountFen)
            throw RuleViolationException.Of("GUAR-CALLBACK-AMOUNT", ("amount", callback.AmountFen), ("number", current.LetterNumber), ("lodged", current.AmountFen));
        if (callback.ValidFrom != Seconds(current.ValidFrom) || callback.ValidUntil != Seconds(current.ValidUntil))
            throw RuleViolationException.Of("GUAR-CALLBACK-TERMS", ("number", current.LetterNumber),
                ("detail", $"the issuer answers for validity {RuleValues.Beijing(callback.ValidFrom)} to {RuleValues.Beijing(callback.ValidUntil)}, the letter was lodged as valid {RuleValues.Beijing(current.ValidFrom)} to {RuleValues.Beijing(current.ValidUntil)} (Beijing time)"));
        // A decision dated before this lodging was given about an earlier one (a letter lodged again after its release).
        if (callback.DecidedAt < Seconds(current.LodgedAt))
            throw RuleViolationException.Of("GUAR-CALLBACK-TERMS", ("number", current.LetterNumber),
                ("detail", $"the decision of {RuleValues.Beijing(callback.DecidedAt)} predates this lodging at {RuleValues.Beijing(current.LodgedAt)} (Beijing time)"));
        if (current.Decision is { } decided)
            return decided == callback.Decision && current.DecidedAt == callback.DecidedAt
                ? false
                : throw RuleViolationException.Of("GUAR-DECIDED", ("number", current.LetterNumber), ("decision", decided));
        if (current.Status == GuaranteeStatus.Released)
            throw RuleViolationException.Of("GUAR-RELEASED", ("number", current.LetterNumber), ("reason", current.Release!.Reason));

        current.Decision = callback.Decision;
        current.DecidedAt = callback.DecidedAt;
        current.Status = callback.Decision == GuaranteeDecision.Verified ? GuaranteeStatus.Verified : GuaranteeStatus.Rejected;
        return true;
    }

    /// <summary>
    /// Releases <paramref name="current"/> for the reason that refunds a cash deposit (BLR 31, 35, 57, and BL 28 re-tendering);
    /// false when it was already released for the same reason. Only lodged or verified letters bind an issuer, so only they are released.
    /// </summary>
    public static bool Release(string guaranteeId, GuaranteeLetter? current, GuaranteeReleaseRequest request, DateTimeOffset now)
    {
        if (!Enum.IsDefined(request.Reason))
            throw RuleViolationException.Of("REQ-FIELD", ("field", "reason"), ("detail", "must be Withdrawal, ContractSigned, Terminated or TenderFailed"));
        var letter = current ?? throw RuleViolationException.Of("GUAR-NONE", ("id", guaranteeId));
        if (letter.Release is { } done)
            return done.Reason == request.Reason ? false : throw RuleViolationException.Of("GUAR-RELEASED", ("number", letter.LetterNumber), ("reason", done.Reason));
        if (!IsBinding(letter)) throw RuleViolationException.Of("GUAR-RELEASE", ("number", letter.LetterNumber), ("status", letter.Status));
        // BLR 35 and 57: the 5-day limits run from the withdrawal notice and the signing.
        if (request.Reason is GuaranteeReleaseReason.Withdrawal or GuaranteeReleaseReason.ContractSigned && request.EventAt is null)
            throw RuleViolationException.Of("GUAR-RELEASE-EVENT", ("detail", $"eventAt is required for {request.Reason}"));
        if (request.EventAt > now) throw RuleViolationException.Of("GUAR-RELEASE-EVENT", ("detail", "eventAt is in the future"));

        letter.Status = GuaranteeStatus.Released;
        letter.Release = new GuaranteeRelease { Reason = request.Reason, EventAt = request.EventAt, ReleasedAt = now, By = request.By };
        return true;
    }

    /// <summary>Whether the letter still binds its issuer, so it is to be released when the deposit would be refunded.</summary>
    public static bool IsBinding(GuaranteeLetter letter) => letter.Status is GuaranteeStatus.Lodged or GuaranteeStatus.Verified;

    /// <summary>
    /// The deposit column of the opening record for a bidder covered by <paramref name="letter"/>, for a tender opened at
    /// <paramref name="deadline"/>: a deadline moved later (a clarification, BL 23) can outrun a letter checked against the old one.
    /// </summary>
    public static string DepositStatus(GuaranteeLetter letter, DateTimeOffset deadline) => letter.Status switch
    {
        GuaranteeStatus.Verified or GuaranteeStatus.Lodged when letter.ValidUntil < deadline =>
            $"保函有效期不足：{letter.IssuerName} {letter.LetterNumber}，有效至 {BeijingTime.Format(letter.ValidUntil)}，开标时间 {BeijingTime.Format(deadline)}",
        GuaranteeStatus.Verified => $"保函已核验：{letter.IssuerName} {letter.LetterNumber}，{RuleValues.Yuan(letter.AmountFen)} 元",
        GuaranteeStatus.Rejected => $"保函被拒：{letter.IssuerName} {letter.LetterNumber}",
        GuaranteeStatus.Released => $"保函已退还：{letter.IssuerName} {letter.LetterNumber}",
        _ => $"保函未核验：{letter.IssuerName} {letter.LetterNumber}，{RuleValues.Yuan(letter.AmountFen)} 元",
    };

    /// <summary>SHA-256 (hex) of the fields that identify a letter: the public log names this, never the bidder (BL 22).</summary>
    public static string Sha256(GuaranteeLetter letter) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
        "tenderhall-guarantee-letter/v1", letter.TenderId, letter.BidderId, letter.IssuerCreditCode, letter.LetterNumber,
        letter.AmountFen.ToString(CultureInfo.InvariantCulture), CallbackText.Instant(letter.ValidFrom), CallbackText.Instant(letter.ValidUntil)))));

    private static void Validate(GuaranteeLodging lodging)
    {
        if (!IsText(lodging.IssuerName, MaxIssuerNameLength)) Invalid($"the issuer name is 1-{MaxIssuerNameLength} characters on one line");
        CreditCode.Validate(lodging.IssuerCreditCode);
        if (!IsText(lodging.LetterNumber, MaxLetterNumberLength) || lodging.LetterNumber.Any(char.IsWhiteSpace))
            Invalid($"the letter number is 1-{MaxLetterNumberLength} characters without spaces");
        if (lodging.AmountFen <= 0) Invalid("the amount is a positive number of fen");
        if (lodging.ValidUntil <= lodging.ValidFrom) Invalid("the validity ends after it starts");
    }

    private static bool IsSame(GuaranteeLetter letter, GuaranteeLodging lodging) =>
        letter.IssuerName == lodging.IssuerName.Trim() && letter.IssuerCreditCode == lodging.IssuerCreditCode && letter.LetterNumber == lodging.LetterNumber
        && letter.AmountFen == lodging.AmountFen && letter.ValidFrom == lodging.ValidFrom && letter.ValidUntil == lodging.ValidUntil;

    private static bool IsText(string? text, int max) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= max && !text.Any(char.IsControl);

    private static DateTimeOffset Seconds(DateTimeOffset instant) => DateTimeOffset.FromUnixTimeSeconds(instant.ToUnixTimeSeconds());

    private static void Invalid(string detail) => throw RuleViolationException.Of("GUAR-LETTER", ("detail", detail));
}
