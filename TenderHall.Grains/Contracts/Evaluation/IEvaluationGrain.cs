using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>The evaluation of one tender by its drawn committee (key: tender id; BL 37-40, BLR 46-53; docs/evaluation.md).</summary>
public interface IEvaluationGrain : IGrainWithStringKey
{
    /// <summary>The agency opens the session once the tender is opened and every drawn seat is confirmed; it runs <paramref name="hours"/> hours.</summary>
    Task<EvaluationView> Open(Actor actor, int hours);

    /// <summary>A confirmed member checks in, registering the public key (SubjectPublicKeyInfo, DER) it signs the report with.</summary>
    Task<EvaluationView> CheckIn(Actor actor, byte[] signingKey);

    /// <summary>A supervisor checks in to watch the session.</summary>
    Task<EvaluationView> Watch(Actor actor);

    /// <summary>The opened bids, for checked-in members while the session is open; every read is journaled.</summary>
    Task<IReadOnlyList<EvaluatedBid>> ReadBids(Actor actor);

    /// <summary>The blob hash of one bid's decrypted payload, for a checked-in member while open; journaled.</summary>
    Task<string> ReadPayload(Actor actor, string bidderId);

    /// <summary>
    /// A member's review: the failures it finds (everything not listed passes), and whether competition is plainly lacking
    /// should fewer than three valid bids remain, which by majority rejects them all (BL 42); submitted once.
    /// </summary>
    Task<EvaluationView> Review(Actor actor, IReadOnlyList<ReviewFailure> failures, bool competitionLacking);

    /// <summary>A member's scores of every valid bid; submitted once, without seeing anyone else's.</summary>
    Task<EvaluationView> Score(Actor actor, IReadOnlyList<ScoreEntry> entries);

    /// <summary>The score sheets: a member sees its own, and the others' only after submitting; supervision sees all.</summary>
    Task<IReadOnlyList<ScoreSheet>> Scores(Actor actor);

    /// <summary>A member asks a bidder to clarify, answered within <paramref name="hours"/> hours (BL 39).</summary>
    Task<EvaluationClarification> AskClarification(Actor actor, string bidderId, string question, int hours);

    /// <summary>The bidder answers a clarification request before its deadline.</summary>
    Task<EvaluationClarification> AnswerClarification(Actor actor, int number, string answer);

    /// <summary>A member asks for <paramref name="hours"/> more hours; granted when more than a third ask (BLR 48).</summary>
    Task<EvaluationView> AskExtension(Actor actor, int hours);

    /// <summary>A checked-in supervisor's remark.</summary>
    Task<EvaluationView> Remark(Actor actor, string text);

    /// <summary>A checked-in supervisor lodges the session's recordings by hash.</summary>
    Task<EvaluationView> AddRecordings(Actor actor, IReadOnlyList<SessionRecording> recordings);

    /// <summary>What the report states, for rendering it: members, rejections, every sheet, results and candidates.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<EvaluationReport> Report();

    /// <summary>Attaches the platform-signed report PDF; only before any member countersigned.</summary>
    Task<EvaluationView> AttachReport(string reportPdfSha256);

    /// <summary>A member's countersignature of the current report is prepared (replacing an earlier one).</summary>
    Task<EvaluationView> RequestSignature(Actor actor, RecordSigningRequest request);

    /// <summary>The member's signature over the prepared signed attributes; the last one hands the candidates to the tender.</summary>
    Task<EvaluationView> Countersign(Actor actor, byte[] signature, string signedReportPdfSha256);

    /// <summary>The evaluation as <paramref name="actor"/> may see it.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<EvaluationView> Get(Actor actor);
}
