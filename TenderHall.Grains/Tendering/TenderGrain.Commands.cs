using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Tendering;

/// <summary>The tender's commands: each checks what only other grains know, then runs on the aggregate.</summary>
public sealed partial class TenderGrain
{
    /// <inheritdoc />
    public async Task<TenderView> Register(TenderRegistration registration, Actor actor)
    {
        registration.AgencyId = actor.OrganizationId ?? "";
        var project = await services.Grains.GetGrain<IProjectGrain>(registration.ProjectCode).Get()
                      ?? throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", registration.ProjectCode));
        try
        {
            await Run((tender, now) => { tender.Register(registration, project, actor, now); return true; });
        }
        catch (RuleViolationException e) when (e.Rule == "BLR-7-SCHEME")
        {
            // BLR 7: a registration that departs from the approved scheme is refused and reported.
            await services.Alarms.Raise($"tender/{TenderId}/scheme-mismatch/{e.Args["field"]}", AlarmSeverity.Alarm, "BLR-7", "tender/" + TenderId,
                $"Registration of tender {TenderId} for project {project.Code} departs from the approved scheme: {e.Args["field"]} '{e.Args["registered"]}' instead of '{e.Args["approved"]}'.");
            throw;
        }

        await services.Grains.GetGrain<IProjectGrain>(project.Code).AddTender(TenderId);
        return Aggregate().ToView();
    }

    /// <inheritdoc />
    public async Task<TenderView> Publish(PublishRequest request, Actor actor)
    {
        var documents = await services.Document(request.DocumentSha256, "documentSha256");
        Aggregate().RequirePublishable(actor);
        if (request.EvaluationMethod is { } method)
        {
            var project = await services.Grains.GetGrain<IProjectGrain>(state.State.Registration!.ProjectCode).Get();
            Evaluation.EvaluationMethodRules.Validate(method, state.State.Registration.Regime, project!.Type);
        }

        await services.Grains.GetGrain<ITenderCustodyGrain>(TenderId).Create(request.Custody);
        await Run((tender, now) =>
        {
            tender.Publish(request.SaleStart ?? now, request.SaleEnd, request.BidDeadline, request.Announcement, documents, actor, now, request.EvaluationMethod);
            return true;
        });
        await services.PublishFees(TenderId, state.State.Registration!);
        var view = Aggregate().ToView();
        await services.IndexAnnouncement(view);
        return view;
    }

    /// <inheritdoc />
    public async Task<DocumentVersion> RecordDownload(Actor actor, string? deviceFingerprint)
    {
        await RequireHolder(actor);
        return await Run((tender, now) => tender.RecordDownload(actor, deviceFingerprint, now));
    }

    /// <inheritdoc />
    public async Task<int> Ask(Actor actor, string text)
    {
        await RequireHolder(actor);
        return await Run((tender, now) => tender.Ask(actor, text, now));
    }

    /// <inheritdoc />
    public async Task<Clarification> Clarify(ClarifyRequest request, Actor actor)
    {
        var amendment = request.AmendmentSha256 is null ? null : await services.Document(request.AmendmentSha256, "amendmentSha256");
        if (amendment is not null) amendment.Note = request.AmendmentNote ?? "";
        var holders = await services.DocumentHolders(TenderId);
        return await Run((tender, now) => tender.Clarify(actor, request.Answers, request.Text, amendment, holders, now));
    }

    /// <inheritdoc />
    public async Task<Objection> RaiseObjection(Actor actor, string text, string? interestGround = null, IReadOnlyList<string>? evidence = null)
    {
        // A complainant's account is an interested party's that never obtained the documents: its objection states its interest.
        if ((!actor.Is(Roles.Bidder) && !actor.Is(Roles.Complainant)) || actor.OrganizationId is null) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        if (state.State.Registration is null) throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", TenderId));
        var files = await EvidenceFiles(evidence);
        // BLR 22: potential bidders (those who obtained the documents) and other interested parties, who state their interest.
        if (await services.HasPaidDocuments(TenderId, actor.OrganizationId)) return await Run((tender, now) => tender.RaiseObjection(actor, text, now, files));
        return await Run((tender, now) => tender.RaiseInterestedObjection(actor, text, interestGround, now, files));
    }

    /// <summary>The evidence named by hash, each already in the blob store (refused with REQ-FIELD otherwise), at most <see cref="Tender.MaxObjectionEvidence"/>.</summary>
    private async Task<List<string>> EvidenceFiles(IReadOnlyList<string>? evidence)
    {
        if (evidence is null) return [];
        if (evidence.Count > Tender.MaxObjectionEvidence)
            throw RuleViolationException.Of("REQ-FIELD", ("field", "evidence"), ("detail", $"at most {Tender.MaxObjectionEvidence} files"));
        var files = new List<string>();
        foreach (var sha in evidence) files.Add((await services.Document(sha, "evidence")).Sha256);
        return [.. files.Distinct()];
    }

    /// <inheritdoc />
    public Task ReviewInterest(string objectionId, bool accepted, string note, Actor actor) =>
        Run((tender, now) => { tender.ReviewInterest(actor, objectionId, accepted, note, now); return true; });

    /// <inheritdoc />
    public Task AnswerObjection(string objectionId, string answer, Actor actor) =>
        Run((tender, now) => { tender.AnswerObjection(actor, objectionId, answer, now); return true; });

    /// <inheritdoc />
    public Task<IReadOnlyList<Objection>> Objections(Actor actor)
    {
        var registration = state.State.Registration ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", TenderId));
        IReadOnlyList<Objection> all = state.State.Objections;
        if (actor.Is(Roles.Supervisor)) return Task.FromResult(all);
        // BL 22: the agency answers without learning who objected, since a holder's name would tell who obtained the documents.
        if (actor.OrganizationId == registration.AgencyId) return Task.FromResult<IReadOnlyList<Objection>>([.. all.Select(o => o.WithoutObjector())]);
        return Task.FromResult<IReadOnlyList<Objection>>([.. all.Where(o => o.ObjectorId == actor.OrganizationId)]);
    }

    /// <inheritdoc />
    public Task Suspend(string note, Actor actor) => Run((tender, now) => { tender.Suspend(actor, note, now); return true; });

    /// <inheritdoc />
    public Task SuspendFor(string complaintId, string note, Actor actor) =>
        Run((tender, now) => { tender.Suspend(actor, note, now, complaintId); return true; }, onlyIfChanged: true);

    /// <inheritdoc />
    public Task Resume(Actor actor) => Run((tender, now) => { tender.Resume(actor, now); return true; });

    /// <inheritdoc />
    public async Task Terminate(string reason, Actor actor)
    {
        var holders = await services.DocumentHolders(TenderId);
        await Run((tender, now) => { tender.Terminate(actor, reason, now, holders); return true; });
        // BLR 31: document fees and deposits already collected go back, deposits with interest; guarantee letters are released.
        await services.RefundAll(TenderId);
        await services.ReleaseGuarantees(TenderId, GuaranteeReleaseReason.Terminated);
    }

    /// <inheritdoc />
    public async Task FailInsufficientBids(int bids)
    {
        var holders = await services.DocumentHolders(TenderId);
        await Run((tender, now) => { tender.FailInsufficientBids(bids, holders, now); return true; });
        await ReleaseForNewTender();
    }

    /// <inheritdoc />
    public async Task RetenderAllRejected(Contracts.Evaluation.EvaluationResult result)
    {
        var holders = await services.DocumentHolders(TenderId);
        await Run((tender, now) => tender.RetenderAllRejected(result, holders, now));
        await ReleaseForNewTender();
    }

    // BL 28, BL 42, BLR 44, BLR 61: the tender is tendered again, so no deposit of this one is held and no letter binds its
    // issuer any longer. Both are idempotent, so a retried command releases nothing twice.
    private async Task ReleaseForNewTender()
    {
        await services.RefundDeposits(TenderId);
        await services.ReleaseGuarantees(TenderId, GuaranteeReleaseReason.TenderFailed);
    }

    /// <inheritdoc />
    public Task CloseOpening(string recordPdfSha256) => Run((tender, now) => tender.CloseOpening(recordPdfSha256, now));

    /// <inheritdoc />
    public Task StartEvaluation() => Run((tender, now) => tender.StartEvaluation(now));

    /// <inheritdoc />
    public Task PublishCandidates(Contracts.Evaluation.EvaluationResult result) => Run((tender, now) => tender.PublishCandidates(result, now));

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentDownload>> Downloads(Actor actor)
    {
        if (!actor.Is(Roles.Supervisor)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        return Task.FromResult<IReadOnlyList<DocumentDownload>>(state.State.Downloads);
    }

    private async Task RequireHolder(Actor actor)
    {
        if (!actor.Is(Roles.Bidder) || actor.OrganizationId is null) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        if (state.State.Registration is null) throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", TenderId));
        // BL 22 / BLR 22: only those who obtained the documents through a paid order are document holders.
        if (!await services.HasPaidDocuments(TenderId, actor.OrganizationId))
            throw RuleViolationException.Of("TENDER-HOLDER", ("id", TenderId));
    }
}
