using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Evaluation;

/// <summary>The report's signatures; the last one hands the candidates to the tender (BLR 53-54).</summary>
public sealed partial class EvaluationGrain
{
    /// <inheritdoc />
    public Task<EvaluationReport> Report() => Task.FromResult(Session().Report());

    /// <inheritdoc />
    public async Task<EvaluationView> AttachReport(string reportPdfSha256)
    {
        await Run((session, _) => { session.AttachReport(reportPdfSha256); return true; });
        return Session().Report().View;
    }

    /// <inheritdoc />
    public async Task<EvaluationView> RequestSignature(Actor actor, RecordSigningRequest request)
    {
        await Run((session, now) => { session.RequestSignature(actor, request, now); return true; });
        return Seen(actor);
    }

    /// <inheritdoc />
    public async Task<EvaluationView> Countersign(Actor actor, byte[] signature, string signedReportPdfSha256)
    {
        // The tender moves first: it is idempotent, so a failed write here is retried by signing again with the same signature.
        // With candidates they are published (BLR 54); with every bid rejected the tender is tendered again (BL 42).
        await Run((session, now) => session.Countersign(actor, signature, signedReportPdfSha256, now), result => result switch
        {
            { Candidates.Count: > 0 } => grains.GetGrain<ITenderGrain>(TenderId).PublishCandidates(result),
            { } rejected => grains.GetGrain<ITenderGrain>(TenderId).RetenderAllRejected(rejected),
            null => Task.CompletedTask,
        });
        return Seen(actor);
    }
}
