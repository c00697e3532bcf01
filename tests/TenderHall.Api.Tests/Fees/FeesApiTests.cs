using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Fees;

namespace TenderHall.Api.Tests.Fees;

[Collection(PlatformCollection.Name)]
public sealed class FeesApiTests(PlatformFactory platform)
{
    private const long DocumentFee = 50_000;          // CNY 500
    private const long Deposit = 1_000_000;           // CNY 10,000
    private const long EstimatedPrice = 100_000_000;  // CNY 1 M, so the cap is CNY 20,000

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    private static string Path(string orderId) => "/api/v1/fees/orders/" + Uri.EscapeDataString(orderId);

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    // A real tender whose documents are on sale: publishing it publishes its fee standards.
    private async Task<string> Tender(long? documentFee = DocumentFee, long? deposit = Deposit)
    {
        var scenario = new Tendering.TenderScenario(platform);
        await scenario.Register(documentFee ?? 0, deposit ?? 0, EstimatedPrice);
        await scenario.Publish();
        scenario.Advance(TimeSpan.FromMinutes(1));
        return scenario.TenderId;
    }

    private static async Task<string> Order(HttpClient bidder, string tender, FeePurpose purpose, long amount)
    {
        using var response = await bidder.PostAsJsonAsync("/api/v1/fees/orders", new { purpose = purpose.ToString(), subjectId = tender, amountFen = amount });
        return (await Json(response, HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> Pay(string orderId, long amount, DateTimeOffset paidAt, string transaction)
    {
        using var bank = new SimulatedBank(platform.DataDirectory);
        using var anonymous = platform.ClientAs(null);
        using var response = await SimulatedBank.Send(anonymous, bank.Paid(orderId, amount, paidAt, transaction));
        return await Json(response, HttpStatusCode.OK);
    }

    // Before the platform's (fake) present, which the bank's times are checked against.
    private DateTimeOffset Recently => new(platform.Clock.GetUtcNow().UtcDateTime.Date.AddHours(-20), TimeSpan.Zero);

    [Fact]
    public async Task A_bidder_pays_for_documents_through_the_signed_bank_callback_and_gets_a_receipt()
    {
        var tender = await Tender();
        var bidderId = NewId("bidder");
        using var bidder = platform.ClientAs(Roles.Bidder, organizationId: bidderId);

        using var created = await bidder.PostAsJsonAsync("/api/v1/fees/orders", new { purpose = "DocumentFee", subjectId = tender, amountFen = DocumentFee });
        var order = await Json(created, HttpStatusCode.Created);
        var orderId = FeeOrderIds.For(FeePurpose.DocumentFee, tender, bidderId);
        Assert.Equal(orderId, order.GetProperty("id").GetString());
        Assert.Equal("Treasury", order.GetProperty("account").GetString());
        Assert.Equal("AwaitingPayment", order.GetProperty("status").GetString());
        Assert.Equal(bidderId, order.GetProperty("payerId").GetString());

        var first = await Pay(orderId, DocumentFee, Recently, "TX-" + bidderId);
        var again = await Pay(orderId, DocumentFee, Recently, "TX-" + bidderId);
        Assert.Equal(first.GetRawText(), again.GetRawText());
        Assert.StartsWith("SF-", first.GetProperty("receiptNumber").GetString());

        var paid = await Json(await bidder.GetAsync(Path(orderId)), HttpStatusCode.OK);
        Assert.Equal("Paid", paid.GetProperty("status").GetString());
        var receipt = await Json(await bidder.GetAsync(Path(orderId) + "/receipt"), HttpStatusCode.OK);
        Assert.Equal(first.GetProperty("receiptNumber").GetString(), receipt.GetProperty("number").GetString());
        Assert.Equal(DocumentFee, receipt.GetProperty("amountFen").GetInt64());
        Assert.Equal("非税收入汇缴账户", receipt.GetProperty("accountName").GetString());
        Assert.Equal(bidderId, receipt.GetProperty("payerId").GetString());
    }

    [Fact]
    public async Task Unsigned_forged_and_altered_callbacks_are_refused_and_change_nothing()
    {
        var tender = await Tender();
        var bidderId = NewId("bidder");
        using var bidder = platform.ClientAs(Roles.Bidder, organizationId: bidderId);
        var orderId = await Order(bidder, tender, FeePurpose.BidDeposit, Deposit);
        using var bank = new SimulatedBank(platform.DataDirectory);
        using var anonymous = platform.ClientAs(null);

        var unsigned = bank.Paid(orderId, Deposit, Recently, "TX-1");
        unsigned.Signature = "";
        await ProblemAssert.IsRule(await SimulatedBank.Send(anonymous, unsigned), HttpStatusCode.Forbidden, "FEE-BANK-SIGNATURE");

        var altered = bank.Paid(orderId, 1, Recently, "TX-1");
        altered.AmountFen = Deposit;
        await ProblemAssert.IsRule(await SimulatedBank.Send(anonymous, altered), HttpStatusCode.Forbidden, "FEE-BANK-SIGNATURE");

        using var forger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var forged = bank.Paid(orderId, Deposit, Recently, "TX-1");
        forged.Signature = Convert.ToBase64String(forger.SignData(BankCallbackSignature.Bytes(forged), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        await ProblemAssert.IsRule(await SimulatedBank.Send(anonymous, forged), HttpStatusCode.Forbidden, "FEE-BANK-SIGNATURE");

        // Signed by the bank, but not the amount the order is for.
        await ProblemAssert.IsRule(await SimulatedBank.Send(anonymous, bank.Paid(orderId, Deposit - 1, Recently, "TX-1")), HttpStatusCode.UnprocessableEntity, "FEE-AMOUNT");
        var unchanged = await Json(await bidder.GetAsync(Path(orderId)), HttpStatusCode.OK);
        Assert.Equal("AwaitingPayment", unchanged.GetProperty("status").GetString());

        await Pay(orderId, Deposit, Recently, "TX-1");
        await ProblemAssert.IsRule(await SimulatedBank.Send(anonymous, bank.Paid(orderId, Deposit - 1, Recently, "TX-1")), HttpStatusCode.UnprocessableEntity, "FEE-AMOUNT");
        await ProblemAssert.IsRule(await SimulatedBank.Send(anonymous, bank.Paid(orderId, Deposit, Recently, "TX-2")), HttpStatusCode.Conflict, "FEE-PAYMENT-CONFLICT");
        await ProblemAssert.IsRule(await SimulatedBank.Send(anonymous, bank.Paid("doc:" + NewId("T") + ":nobody", 1, Recently, "TX-3")), HttpStatusCode.NotFound, "FEE-ORDER-NOT-FOUND");
    }

    [Fact]
    public async Task Only_the_published_standard_can_be_charged()
    {
        using var bidder = platform.ClientAs(Roles.Bidder, organizationId: NewId("bidder"));
        var tender = await Tender(deposit: null);

        using var wrong = await bidder.PostAsJsonAsync("/api/v1/fees/orders", new { purpose = "DocumentFee", subjectId = tender, amountFen = DocumentFee + 100 });
        await ProblemAssert.IsRule(wrong, HttpStatusCode.UnprocessableEntity, "FEE-STANDARD");
        using var noDeposit = await bidder.PostAsJsonAsync("/api/v1/fees/orders", new { purpose = "BidDeposit", subjectId = tender, amountFen = Deposit });
        await ProblemAssert.IsRule(noDeposit, HttpStatusCode.UnprocessableEntity, "FEE-NO-STANDARD");

        using var admin = platform.ClientAs(Roles.CentreAdmin);
        using var overCap = await admin.PostAsJsonAsync("/api/v1/fees/schedules",
            new { subjectId = NewId("T"), depositFen = EstimatedPrice / 50 + 1, estimatedPriceFen = EstimatedPrice, basis = "招标公告" });
        await ProblemAssert.IsRule(overCap, HttpStatusCode.UnprocessableEntity, "FEE-DEPOSIT-CAP");

        // A tender's standard is the one its announcement published: the centre cannot quietly replace it.
        using var anonymous = platform.ClientAs(null);
        var published = await Json(await anonymous.GetAsync($"/api/v1/fees/schedules/{tender}"), HttpStatusCode.OK);
        using var aside = await admin.PostAsJsonAsync("/api/v1/fees/schedules", new { subjectId = tender, documentFeeFen = 1, estimatedPriceFen = EstimatedPrice, basis = "改价" });
        await ProblemAssert.IsRule(aside, HttpStatusCode.Conflict, "FEE-TENDER-STANDARD");
        Assert.Equal(published.GetRawText(), (await Json(await anonymous.GetAsync($"/api/v1/fees/schedules/{tender}"), HttpStatusCode.OK)).GetRawText());
    }

    [Fact]
    public async Task Who_bought_the_documents_is_seen_only_by_the_payer_the_centre_and_supervisors()
    {
        var tender = await Tender();
        var (a, b) = (NewId("bidder"), NewId("bidder"));
        using var bidderA = platform.ClientAs(Roles.Bidder, organizationId: a);
        using var bidderB = platform.ClientAs(Roles.Bidder, organizationId: b);
        var orderA = await Order(bidderA, tender, FeePurpose.DocumentFee, DocumentFee);
        await Order(bidderB, tender, FeePurpose.DocumentFee, DocumentFee);

        await ProblemAssert.IsRule(await bidderB.GetAsync(Path(orderA)), HttpStatusCode.Forbidden, "AUTH-FORBIDDEN");
        using var agency = platform.ClientAs(Roles.Agency, organizationId: "agency-01");
        await ProblemAssert.IsRule(await agency.GetAsync($"/api/v1/fees/subjects/{tender}/orders"), HttpStatusCode.Forbidden, "AUTH-FORBIDDEN");
        await ProblemAssert.IsRule(await agency.GetAsync(Path(orderA)), HttpStatusCode.Forbidden, "AUTH-FORBIDDEN");

        using var supervisor = platform.ClientAs(Roles.Supervisor);
        var page = await Json(await supervisor.GetAsync($"/api/v1/fees/subjects/{tender}/orders"), HttpStatusCode.OK);
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        await Json(await supervisor.GetAsync(Path(orderA)), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Roles_may_open_only_their_own_kinds_of_order_and_nothing_marks_an_order_paid_but_the_bank()
    {
        var tender = await Tender();
        using var bidder = platform.ClientAs(Roles.Bidder, organizationId: NewId("bidder"));
        using var licensing = await bidder.PostAsJsonAsync("/api/v1/fees/orders", new { purpose = "LicensingFee", subjectId = tender, amountFen = 100 });
        await ProblemAssert.IsRule(licensing, HttpStatusCode.Forbidden, "FEE-PURPOSE");
        using var agency = platform.ClientAs(Roles.Agency, organizationId: "agency-01");
        using var byAgency = await agency.PostAsJsonAsync("/api/v1/fees/orders", new { purpose = "DocumentFee", subjectId = tender, amountFen = DocumentFee });
        await ProblemAssert.IsRule(byAgency, HttpStatusCode.Forbidden, "AUTH-FORBIDDEN");
        using var refund = await bidder.PostAsJsonAsync(Path("doc:" + tender + ":x") + "/refund", new { reason = "Terminated" });
        await ProblemAssert.IsRule(refund, HttpStatusCode.Forbidden, "AUTH-FORBIDDEN");
        using var noOrg = platform.ClientAs(Roles.Bidder);
        using var orphan = await noOrg.PostAsJsonAsync("/api/v1/fees/orders", new { purpose = "DocumentFee", subjectId = tender, amountFen = DocumentFee });
        await ProblemAssert.IsRule(orphan, HttpStatusCode.Forbidden, "FEE-PAYER");
    }

    [Fact]
    public async Task Document_fees_are_refunded_only_on_termination_and_deposits_with_interest_after_the_contract()
    {
        var tender = await Tender();
        var bidderId = NewId("bidder");
        using var bidder = platform.ClientAs(Roles.Bidder, organizationId: bidderId);
        var document = await Order(bidder, tender, FeePurpose.DocumentFee, DocumentFee);
        var deposit = await Order(bidder, tender, FeePurpose.BidDeposit, Deposit);
        var paidAt = Recently.AddDays(-30);
        await Pay(document, DocumentFee, paidAt, "TX-D-" + bidderId);
        await Pay(deposit, Deposit, paidAt, "TX-B-" + bidderId);
        using var admin = platform.ClientAs(Roles.CentreAdmin);

        using var withdrawal = await admin.PostAsJsonAsync(Path(document) + "/refund", new { reason = "Withdrawal", eventAt = platform.Clock.GetUtcNow().AddHours(-1) });
        await ProblemAssert.IsRule(withdrawal, HttpStatusCode.UnprocessableEntity, "FEE-REFUND-NOT-ALLOWED");

        using var signed = await admin.PostAsJsonAsync(Path(deposit) + "/refund", new { reason = "ContractSigned", eventAt = platform.Clock.GetUtcNow().AddHours(-1) });
        var refunded = await Json(signed, HttpStatusCode.OK);
        var refund = refunded.GetProperty("refund");
        Assert.Equal("Refunded", refunded.GetProperty("status").GetString());
        Assert.Equal(Deposit, refund.GetProperty("principalFen").GetInt64());
        var days = refund.GetProperty("interestDays").GetInt32();
        Assert.Equal(DepositInterest.Days(paidAt, refund.GetProperty("refundedAt").GetDateTimeOffset()), days);
        Assert.True(days > 0, "a deposit paid before the refund earns interest");
        Assert.Equal(DepositInterest.Compute(Deposit, 35, days), refund.GetProperty("interestFen").GetInt64());
        Assert.StartsWith("TF-", refund.GetProperty("voucherNumber").GetString());

        using var again = await admin.PostAsJsonAsync(Path(deposit) + "/refund", new { reason = "ContractSigned", eventAt = platform.Clock.GetUtcNow().AddHours(-1) });
        Assert.Equal(refunded.GetProperty("refund").GetRawText(), (await Json(again, HttpStatusCode.OK)).GetProperty("refund").GetRawText());

        using var terminated = await admin.PostAsJsonAsync(Path(document) + "/refund", new { reason = "Terminated" });
        Assert.Equal(0, (await Json(terminated, HttpStatusCode.OK)).GetProperty("refund").GetProperty("interestFen").GetInt64());
    }

    [Fact]
    public async Task The_ledger_proves_that_the_treasury_holds_fees_and_the_escrow_holds_deposits()
    {
        // A day of its own, so this test's postings are the only ones on it.
        var day = new DateOnly(2010, 1, 1).AddDays(Random.Shared.Next(0, 1800));
        var paidAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
        var tender = await Tender();
        foreach (var bidderId in new[] { NewId("bidder"), NewId("bidder") })
        {
            using var bidder = platform.ClientAs(Roles.Bidder, organizationId: bidderId);
            await Pay(await Order(bidder, tender, FeePurpose.DocumentFee, DocumentFee), DocumentFee, paidAt, "TX-D-" + bidderId);
            await Pay(await Order(bidder, tender, FeePurpose.BidDeposit, Deposit), Deposit, paidAt, "TX-B-" + bidderId);
        }

        using var supervisor = platform.ClientAs(Roles.Supervisor);
        var report = await Json(await supervisor.GetAsync($"/api/v1/fees/ledger?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}"), HttpStatusCode.OK);
        var proof = report.GetProperty("proof");
        Assert.Equal(4, report.GetProperty("entryCount").GetInt32());
        Assert.True(proof.GetProperty("balanced").GetBoolean());
        Assert.Equal(2 * DocumentFee, proof.GetProperty("treasuryBalanceFen").GetInt64());
        Assert.True(proof.GetProperty("treasuryMatches").GetBoolean());
        Assert.Equal(2 * Deposit, proof.GetProperty("escrowBalanceFen").GetInt64());
        Assert.True(proof.GetProperty("escrowMatches").GetBoolean());

        using var bidderClient = platform.ClientAs(Roles.Bidder, organizationId: NewId("bidder"));
        await ProblemAssert.IsRule(await bidderClient.GetAsync("/api/v1/fees/ledger"), HttpStatusCode.Forbidden, "AUTH-FORBIDDEN");
        await ProblemAssert.IsRule(await supervisor.GetAsync("/api/v1/fees/ledger?from=2026-01-01&to=2026-12-31"), HttpStatusCode.UnprocessableEntity, "FEE-LEDGER-RANGE");
    }
}
