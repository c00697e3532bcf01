namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>One tender from registration to the bid deadline (key: tender id).</summary>
public interface ITenderGrain : IGrainWithStringKey
{
    /// <summary>Registers the tender with the centre (进场登记, BLR 7).</summary>
    Task<TenderView> Register(TenderRegistration registration, Actor actor);

    /// <summary>Publishes announcement, schedule and documents (BL 24, BLR 16).</summary>
    Task<TenderView> Publish(PublishRequest request, Actor actor);

    /// <summary>The public view, or null when no such tender is registered.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<TenderView?> Get();

    /// <summary>Refuses unless documents are on sale now (BLR 16).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task RequireSaleOpen();

    /// <summary>Records a download by a holder of a paid document order and returns the current documents.</summary>
    Task<DocumentVersion> RecordDownload(Actor actor, string? deviceFingerprint);

    /// <summary>A document holder asks a question.</summary>
    Task<int> Ask(Actor actor, string text);

    /// <summary>The questions asked so far, for the agency running the tender, without who asked (BL 22).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<QuestionView>> Questions(Actor actor);

    /// <summary>The agency publishes a clarification or amendment (BL 23).</summary>
    Task<Clarification> Clarify(ClarifyRequest request, Actor actor);

    /// <summary>
    /// A document holder objects to the documents (BLR 22), or another interested party stating the ground of its interest
    /// (<paramref name="interestGround"/>), which the agency reviews. A procurement challenge (GPL 52) pauses nothing.
    /// </summary>
    Task<Objection> RaiseObjection(Actor actor, string text, string? interestGround = null, IReadOnlyList<string>? evidence = null);

    /// <summary>The agency accepts or rejects the interest an objector who did not obtain the documents stated (BLR 22).</summary>
    Task ReviewInterest(string objectionId, bool accepted, string note, Actor actor);

    /// <summary>The agency answers an objection (BLR 22).</summary>
    Task AnswerObjection(string objectionId, string answer, Actor actor);

    /// <summary>Objections: all for the agency and supervisors, one's own for a bidder.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<Objection>> Objections(Actor actor);

    /// <summary>A supervisor suspends the tender (BLR 62).</summary>
    Task Suspend(string note, Actor actor);

    /// <summary>
    /// A supervisor suspends the tender while complaint <paramref name="complaintId"/> is handled (BLR 62); asked again while the
    /// tender is paused for that complaint, nothing changes (a retried order).
    /// </summary>
    Task SuspendFor(string complaintId, string note, Actor actor);

    /// <summary>A supervisor resumes it.</summary>
    Task Resume(Actor actor);

    /// <summary>The agency terminates it (BLR 31); fees and deposits are refunded.</summary>
    Task Terminate(string reason, Actor actor);

    /// <summary>Called by the opening session when fewer than three bids arrived (BL 28).</summary>
    Task FailInsufficientBids(int bids);

    /// <summary>Called by the opening session once its record is countersigned and the session closed; idempotent.</summary>
    Task CloseOpening(string recordPdfSha256);

    /// <summary>Called by the evaluation once the confirmed committee sits (BL 37); idempotent.</summary>
    Task StartEvaluation();

    /// <summary>Called by the evaluation with the committee's signed result; the candidates go public (BLR 53-54); idempotent.</summary>
    Task PublishCandidates(Contracts.Evaluation.EvaluationResult result);

    /// <summary>
    /// Called by the evaluation once its signed report rejected every bid (BL 42): the tender ends Retendered with the
    /// report's reason, deposits are refunded and guarantee letters released; idempotent.
    /// </summary>
    Task RetenderAllRejected(Contracts.Evaluation.EvaluationResult result);

    /// <summary>Every document download; supervisors only (BL 22).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<DocumentDownload>> Downloads(Actor actor);
}
