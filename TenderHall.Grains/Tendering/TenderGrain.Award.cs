using Microsoft.Extensions.Logging;
using TenderHall.Grains.Contracts.Award;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Storage;

namespace TenderHall.Grains.Tendering;

/// <summary>The tender after its evaluation: each command looks up what other grains know, then runs on the aggregate.</summary>
public sealed partial class TenderGrain : ITenderAwardGrain
{
    /// <inheritdoc />
    public Task<AwardView> Award() => Task.FromResult(Aggregate().AfterView());

    /// <inheritdoc />
    public async Task<Objection> ObjectToResult(Actor actor, string text)
    {
        var tookPart = actor.OrganizationId is { } id && (await OpenedBidders()).Contains(id);
        return await Run((tender, now) => tender.ObjectToResult(actor, text, tookPart, now));
    }

    /// <inheritdoc />
    public async Task<AwardDecision> RequireAwardable(string winnerId, string? reason, Actor actor)
    {
        var stateFunded = await StateFunded();
        var tender = Aggregate();
        tender.Advance(clock.UtcNow);
        return tender.RequireAwardable(actor, winnerId, reason, stateFunded, clock.UtcNow);
    }

    /// <inheritdoc />
    public async Task<AwardView> Decide(AwardRequest request, Actor actor)
    {
        await services.Document(request.NoticePdfSha256, "noticePdfSha256");
        await services.Document(request.ResultPdfSha256, "resultPdfSha256");
        var stateFunded = await StateFunded();
        var bidders = await OpenedBidders();
        return await Run((tender, now) => { tender.Decide(actor, request, stateFunded, bidders, now); return tender.AfterView(); });
    }

    /// <inheritdoc />
    public Task<AwardView> Decline(string reason, Actor actor) =>
        Run((tender, now) => { tender.Decline(actor, reason, now); return tender.AfterView(); });

    /// <inheritdoc />
    public async Task<AwardView> DraftContract(ContractDraft draft, Actor actor)
    {
        await services.Document(draft.PdfSha256, "pdfSha256");
        return await Run((tender, now) => { tender.DraftContract(actor, draft, now); return tender.AfterView(); });
    }

    /// <inheritdoc />
    public async Task<AwardView> RequestContractSignature(Actor actor, RecordSigningRequest request)
    {
        var registered = await SigningKey(actor, request.KeyId) is not null;
        return await Run((tender, now) => { tender.RequestContractSignature(actor, request, registered); return tender.AfterView(); });
    }

    /// <inheritdoc />
    public async Task<AwardView> SignContract(Actor actor, byte[] signature, string signedPdfSha256)
    {
        await services.Document(signedPdfSha256, "signedPdfSha256");
        // The party signs with its registered key, which never reaches the platform; the signature is checked here against it.
        var pending = state.State.After.Contract?.Pending;
        var key = pending is null ? null : await SigningKey(actor, pending.KeyId);
        var valid = key is not null && key.Verify(Convert.FromBase64String(pending!.SignedAttributes), signature);
        var concluded = await Run((tender, now) => tender.SignContract(actor, valid, signedPdfSha256, now));
        if (concluded)
        {
            // BLR 57: deposits go back to the winner and every other bidder, and guarantee letters are released, once the contract is signed.
            await services.RefundDeposits(TenderId, RefundReason.ContractSigned);
            await services.ReleaseGuarantees(TenderId, GuaranteeReleaseReason.ContractSigned);
        }

        return Aggregate().AfterView();
    }

    /// <inheritdoc />
    public Task<AwardView> FileContract(Actor actor) =>
        Run((tender, now) => { tender.FileContract(actor, now); return tender.AfterView(); });

    /// <inheritdoc />
    public async Task<AwardView> FileReport(string reportPdfSha256, Actor actor)
    {
        await services.Document(reportPdfSha256, "reportPdfSha256");
        return await Run((tender, now) => { tender.FileReport(actor, reportPdfSha256, now); return tender.AfterView(); });
    }

    /// <inheritdoc />
    public Task RequireArchivable(Actor actor)
    {
        Aggregate().RequireArchivable(actor);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<AwardView> Archive(string manifestSha256, string certificateSha256, Actor actor)
    {
        await services.Document(manifestSha256, "manifestSha256");
        await services.Document(certificateSha256, "certificateSha256");
        return await Run((tender, now) => { tender.Archive(actor, manifestSha256, certificateSha256, now); return tender.AfterView(); });
    }

    /// <inheritdoc />
    public async Task ApplyComplaintDecision(string complaintId, Contracts.Complaints.ComplaintOutcome outcome, Actor actor)
    {
        var holders = await services.DocumentHolders(TenderId);
        await Run((tender, now) => { tender.ApplyComplaintDecision(actor, complaintId, outcome, holders, now); return true; });
        if (outcome == Contracts.Complaints.ComplaintOutcome.Retender) await ReleaseForNewTender();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<long>> LogIndexes() => Task.FromResult<IReadOnlyList<long>>([.. state.State.LogIndexes]);

    // Written with the award and told to the draw after the write. The award stands whatever the draw answers: a failure
    // leaves the reveal due, and the next command or activation tells the draw again until it answered.
    private async Task RevealDraw()
    {
        if (!state.State.DrawRevealDue) return;
        try
        {
            await services.Grains.GetGrain<IExpertDrawGrain>(TenderId).RevealOnResult("中标通知书已发出，中标结果已确定（招标投标法第三十七条、第四十五条）");
            state.State.DrawRevealDue = false;
            await state.WriteOrReloadAsync();
        }
        catch (Exception e)
        {
            RevealDeferred(TenderId, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tender {TenderId}: the expert draw is not revealed yet; the next command or activation tells it again")]
    private partial void RevealDeferred(string tenderId, Exception exception);

    private async Task<bool> StateFunded()
    {
        var code = state.State.Registration?.ProjectCode ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", TenderId));
        return (await services.Grains.GetGrain<IProjectGrain>(code).Get())?.StateFunded ?? false;
    }

    private async Task<IReadOnlyCollection<string>> OpenedBidders() =>
        [.. (await services.Grains.GetGrain<IOpeningSessionGrain>(TenderId).Get()).Rows.Select(r => r.BidderId)];

    private async Task<Crypto.Signing.SignatureVerifier?> SigningKey(Actor actor, string keyId) =>
        SigningKeys.Current(actor.OrganizationId is null ? null : await services.Grains.GetGrain<IOrganizationGrain>(actor.OrganizationId).Get(), keyId);
}
