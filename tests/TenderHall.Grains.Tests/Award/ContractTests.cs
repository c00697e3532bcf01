using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Award;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Tendering;
using TenderHall.Grains.Tests.Deadlines;
using static TenderHall.Grains.Tests.Tendering.TenderFixture;

namespace TenderHall.Grains.Tests.Award;

public sealed class ContractTests
{
    private static readonly DateTimeOffset Publicized = Beijing.At("2026-09-08 10:00");
    private static readonly Actor Winner = new("winner-user", AwardFixture.Bidders[0], [Roles.Bidder], null);

    [Fact]
    public void A_performance_bond_above_10_percent_is_refused()
    {
        var f = new AwardFixture().Awarded(Publicized);
        var error = Assert.Throws<RuleViolationException>(() =>
            f.Tender.DraftContract(Agency, new ContractDraft { ValueFen = 100_000_000, PerformanceBondFen = 10_000_001, PdfSha256 = new string('d', 64) }, Beijing.At("2026-09-14")));
        Assert.Equal("BLR-58", error.Rule);
        Assert.Null(f.After.Contract);
    }

    [Fact]
    public void The_contract_deadline_warns_five_days_ahead_and_alarms_once_after_it()
    {
        var f = new AwardFixture().Awarded(Publicized);
        var due = f.After.ContractDue!.Value;
        Assert.Equal(f.After.ReportDue, f.Tender.NextDue()); // the report (15 days) falls due first
        f.Tender.Advance(f.After.ReportDue!.Value);
        Assert.Single(f.Tender.Effects.Alarms, a => a.Code == "BL-47");
        Assert.Equal(due - Tender.ContractWarning, f.Tender.NextDue());
        f.Tender.Advance(due - Tender.ContractWarning);
        Assert.Equal(AlarmSeverity.Warning, Assert.Single(f.Tender.Effects.Alarms, a => a.Code == "BL-46").Severity);
        Assert.Equal(due, f.Tender.NextDue());
        f.Tender.Advance(due);
        f.Tender.Advance(due.AddHours(1));
        Assert.Single(f.Tender.Effects.Alarms, a => a.Code == "BL-46" && a.Severity == AlarmSeverity.Alarm);
        Assert.Null(f.Tender.NextDue());
    }

    [Fact]
    public void Both_parties_sign_and_the_tender_is_contracted()
    {
        var f = new AwardFixture().Awarded(Publicized);
        f.Tender.DraftContract(Agency, new ContractDraft { ValueFen = 100_000_000, PerformanceBondFen = 10_000_000, PdfSha256 = new string('d', 64) }, Beijing.At("2026-09-14"));
        var outsider = new Actor("x", AwardFixture.Bidders[1], [Roles.Bidder], null);
        Assert.Equal("CONTRACT-PARTY", Assert.Throws<RuleViolationException>(() =>
            f.Tender.RequestContractSignature(outsider, AwardFixture.Signing("x", new string('d', 64)), true)).Rule);

        f.Tender.RequestContractSignature(Agency, AwardFixture.Signing(Agency.UserName, new string('d', 64)), true);
        Assert.Equal("CONTRACT-SIGNATURE", Assert.Throws<RuleViolationException>(() =>
            f.Tender.SignContract(Agency, false, new string('5', 64), Beijing.At("2026-09-15"))).Rule);
        Assert.False(f.Tender.SignContract(Agency, true, new string('5', 64), Beijing.At("2026-09-15")));
        f.Tender.RequestContractSignature(Winner, AwardFixture.Signing(Winner.UserName, new string('5', 64)), true);
        Assert.True(f.Tender.SignContract(Winner, true, new string('6', 64), Beijing.At("2026-09-16")));

        Assert.Equal(TenderStatus.Contracted, f.State.Status);
        Assert.Equal(new string('6', 64), f.After.Contract!.PdfSha256);
        Assert.Equal(Beijing.At("2026-09-16"), f.After.Contract.SignedAt);
        Assert.Equal(f.After.ReportDue, f.Tender.NextDue()); // the contract's clock stopped; the written report's runs on (BL 47)
        f.Tender.FileReport(Agency, new string('7', 64), Beijing.At("2026-09-17"));
        Assert.Null(f.Tender.NextDue());
    }

    [Fact]
    public void A_procurement_contract_is_published_at_signing_and_due_for_filing_in_7_working_days()
    {
        var f = new AwardFixture(LegalRegime.GovernmentProcurement).Publicized(Publicized);
        Assert.Equal(Publicized, f.After.PublicityUntil); // no candidate publicity in government procurement
        f.Tender.Decide(Agency, AwardFixture.Request(AwardFixture.Bidders[0]), true, AwardFixture.Bidders, Publicized.AddHours(1));
        f.Tender.DraftContract(Agency, new ContractDraft { ValueFen = 100_000_000, PerformanceBondFen = 0, PdfSha256 = new string('d', 64) }, Publicized.AddHours(2));
        f.Tender.RequestContractSignature(Agency, AwardFixture.Signing(Agency.UserName, new string('d', 64)), true);
        f.Tender.SignContract(Agency, true, new string('5', 64), Beijing.At("2026-09-29 10:00"));
        f.Tender.RequestContractSignature(Winner, AwardFixture.Signing(Winner.UserName, new string('5', 64)), true);
        f.Tender.SignContract(Winner, true, new string('6', 64), Beijing.At("2026-09-29 11:00"));
        Assert.Equal(Beijing.At("2026-09-29 11:00"), f.After.Contract!.PublishedAt);
        // 7 working days from Tue 29 Sep: 30 Sep, then the holiday to 7 Oct, then 8, 9, 10 (a make-up Saturday), 12, 13, 14.
        Assert.Equal(Beijing.At("2026-10-15"), f.After.Contract.FilingDue);
    }
}
