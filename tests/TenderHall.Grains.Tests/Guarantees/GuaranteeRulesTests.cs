using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Guarantees;
using TenderHall.Grains.Registry;

namespace TenderHall.Grains.Tests.Guarantees;

public sealed class GuaranteeRulesTests
{
    private const string Id = "bg:T-2026-001:bidder-07";
    private const long Deposit = 1_000_000;
    private static readonly DateTimeOffset Deadline = new(2026, 4, 20, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Deadline.AddDays(-3);
    private static readonly string IssuerCode = "91460100MA5T00001" + CreditCode.CheckCharacter("91460100MA5T00001");

    private static TenderView Tender(TenderStatus status = TenderStatus.Tendering) => new()
    {
        Id = "T-2026-001", Status = status, Schedule = new TenderScheduleView { BidDeadline = Deadline },
    };

    private static GuaranteeLodging Lodging(long amount = Deposit, DateTimeOffset? from = null, DateTimeOffset? until = null, string number = "BG-001") => new()
    {
        IssuerName = "中国银行海南省分行", IssuerCreditCode = IssuerCode, LetterNumber = number, AmountFen = amount,
        ValidFrom = from ?? Deadline.AddDays(-10), ValidUntil = until ?? Deadline.AddDays(90),
    };

    private static GuaranteeLetter Lodged() => GuaranteeRules.Lodge(Id, null, Lodging(), Tender(), Deposit, Now);

    private static GuaranteeCallback Callback(GuaranteeLetter letter, GuaranteeDecision decision = GuaranteeDecision.Verified) => new()
    {
        GuaranteeId = Id, LetterNumber = letter.LetterNumber, IssuerCreditCode = letter.IssuerCreditCode, AmountFen = letter.AmountFen,
        Decision = decision, DecidedAt = Now.AddHours(1), ValidFrom = letter.ValidFrom, ValidUntil = letter.ValidUntil,
    };

    private static string Refusal(Action action) => Assert.Throws<RuleViolationException>(action).Rule;

    [Fact]
    public void A_letter_for_at_least_the_deposit_valid_over_the_deadline_is_lodged()
    {
        var letter = Lodged();
        Assert.Equal(GuaranteeStatus.Lodged, letter.Status);
        Assert.Equal(("T-2026-001", "bidder-07"), (letter.TenderId, letter.BidderId));
        Assert.Equal(64, letter.LetterSha256.Length);
        // Validity exactly at the deadline on both ends is enough: the tender models no bid validity period.
        GuaranteeRules.Lodge(Id, null, Lodging(from: Deadline), Tender(), Deposit, Now);
        GuaranteeRules.Lodge(Id, null, Lodging(until: Deadline), Tender(), Deposit, Now);
    }

    [Fact]
    public void The_same_letter_lodged_again_is_the_current_one_and_another_replaces_it()
    {
        var letter = Lodged();
        Assert.Same(letter, GuaranteeRules.Lodge(Id, letter, Lodging(), Tender(), Deposit, Now));
        Assert.NotSame(letter, GuaranteeRules.Lodge(Id, letter, Lodging(number: "BG-002"), Tender(), Deposit, Now));
    }

    [Fact]
    public void Too_small_too_short_late_closed_and_depositless_lodgings_are_refused()
    {
        Assert.Equal("GUAR-AMOUNT-LOW", Refusal(() => GuaranteeRules.Lodge(Id, null, Lodging(amount: Deposit - 1), Tender(), Deposit, Now)));
        Assert.Equal("GUAR-VALIDITY", Refusal(() => GuaranteeRules.Lodge(Id, null, Lodging(until: Deadline.AddTicks(-1)), Tender(), Deposit, Now)));
        Assert.Equal("GUAR-VALIDITY", Refusal(() => GuaranteeRules.Lodge(Id, null, Lodging(from: Deadline.AddTicks(1)), Tender(), Deposit, Now)));
        Assert.Equal("GUAR-LATE", Refusal(() => GuaranteeRules.Lodge(Id, null, Lodging(), Tender(), Deposit, Deadline)));
        Assert.Equal("GUAR-CLOSED", Refusal(() => GuaranteeRules.Lodge(Id, null, Lodging(), Tender(TenderStatus.Suspended), Deposit, Now)));
        Assert.Equal("GUAR-NO-DEPOSIT", Refusal(() => GuaranteeRules.Lodge(Id, null, Lodging(), Tender(), null, Now)));
        Assert.Equal("GUAR-LETTER", Refusal(() => GuaranteeRules.Lodge(Id, null, Lodging(number: "BG\n1"), Tender(), Deposit, Now)));
        Assert.Equal("GUAR-LETTER", Refusal(() => GuaranteeRules.Lodge(Id, null, Lodging(from: Deadline, until: Deadline.AddDays(-1)), Tender(), Deposit, Now)));
    }

    [Fact]
    public void The_issuer_decides_once_and_a_callback_for_another_letter_or_amount_changes_nothing()
    {
        var letter = Lodged();
        var other = Callback(letter);
        other.LetterNumber = "BG-999";
        Assert.Equal("GUAR-UNKNOWN-LETTER", Refusal(() => GuaranteeRules.Decide(Id, letter, other)));
        var cheaper = Callback(letter);
        cheaper.AmountFen--;
        Assert.Equal("GUAR-CALLBACK-AMOUNT", Refusal(() => GuaranteeRules.Decide(Id, letter, cheaper)));
        var longer = Callback(letter);
        longer.ValidUntil = longer.ValidUntil.AddDays(30); // the bidder typed dates the issuer never vouched for
        Assert.Equal("GUAR-CALLBACK-TERMS", Refusal(() => GuaranteeRules.Decide(Id, letter, longer)));
        var stale = Callback(letter);
        stale.DecidedAt = letter.LodgedAt.AddDays(-1); // an answer about an earlier lodging of the same letter
        Assert.Equal("GUAR-CALLBACK-TERMS", Refusal(() => GuaranteeRules.Decide(Id, letter, stale)));
        Assert.Equal(GuaranteeStatus.Lodged, letter.Status);

        Assert.True(GuaranteeRules.Decide(Id, letter, Callback(letter)));
        Assert.Equal(GuaranteeStatus.Verified, letter.Status);
        Assert.False(GuaranteeRules.Decide(Id, letter, Callback(letter)));
        Assert.Equal("GUAR-DECIDED", Refusal(() => GuaranteeRules.Decide(Id, letter, Callback(letter, GuaranteeDecision.Rejected))));
    }

    [Fact]
    public void Only_binding_letters_are_released_once_with_the_event_time_the_law_counts_from()
    {
        Assert.Equal("GUAR-NONE", Refusal(() => GuaranteeRules.Release(Id, null, new GuaranteeReleaseRequest { Reason = GuaranteeReleaseReason.Terminated }, Now)));
        var rejected = Lodged();
        GuaranteeRules.Decide(Id, rejected, Callback(rejected, GuaranteeDecision.Rejected));
        Assert.Equal("GUAR-RELEASE", Refusal(() => GuaranteeRules.Release(Id, rejected, new GuaranteeReleaseRequest { Reason = GuaranteeReleaseReason.Terminated }, Now)));

        var letter = Lodged();
        Assert.Equal("GUAR-RELEASE-EVENT", Refusal(() => GuaranteeRules.Release(Id, letter, new GuaranteeReleaseRequest { Reason = GuaranteeReleaseReason.ContractSigned }, Now)));
        Assert.Equal("GUAR-RELEASE-EVENT", Refusal(() => GuaranteeRules.Release(Id, letter, new GuaranteeReleaseRequest { Reason = GuaranteeReleaseReason.ContractSigned, EventAt = Now.AddSeconds(1) }, Now)));
        var signed = new GuaranteeReleaseRequest { Reason = GuaranteeReleaseReason.ContractSigned, EventAt = Now };
        Assert.True(GuaranteeRules.Release(Id, letter, signed, Now));
        Assert.False(GuaranteeRules.Release(Id, letter, signed, Now));
        Assert.Equal("GUAR-RELEASED", Refusal(() => GuaranteeRules.Release(Id, letter, new GuaranteeReleaseRequest { Reason = GuaranteeReleaseReason.Terminated }, Now)));
    }

    [Fact]
    public void The_opening_record_names_the_letter_and_what_the_issuer_said()
    {
        var letter = Lodged();
        Assert.Equal("保函未核验：中国银行海南省分行 BG-001，10000.00 元", GuaranteeRules.DepositStatus(letter, letter.ValidUntil));
        GuaranteeRules.Decide(Id, letter, Callback(letter));
        Assert.Equal("保函已核验：中国银行海南省分行 BG-001，10000.00 元", GuaranteeRules.DepositStatus(letter, letter.ValidUntil));
        // A clarification moved the opening past the letter's validity (BL 23): verified, but no longer covering the bid.
        Assert.StartsWith("保函有效期不足：中国银行海南省分行 BG-001，有效至", GuaranteeRules.DepositStatus(letter, letter.ValidUntil.AddDays(1)));
    }

    [Fact]
    public void The_signed_text_is_the_documented_one() =>
        Assert.Equal(
            $"tenderhall-guarantee-callback/v2\nguaranteeId={Id}\nletterNumber=BG-001\nissuerCreditCode={IssuerCode}\namountFen=1000000\n"
            + "validFrom=2026-04-10T01:00:00Z\nvalidUntil=2026-07-19T01:00:00Z\ndecision=Verified\ndecidedAt=2026-04-17T02:00:00Z",
            GuaranteeCallbackSignature.Canonical(Callback(Lodged())));
}
