using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Award;

/// <summary>A tender after its evaluation (key: tender id; the same activation as <see cref="ITenderGrain"/>).</summary>
public interface ITenderAwardGrain : IGrainWithStringKey
{
    /// <summary>Publicity, award, contract, report and archive as they stand.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<AwardView> Award();

    /// <summary>A bidder objects to the result during the publicity (BLR 54); the tender pauses until answered.</summary>
    Task<Objection> ObjectToResult(Actor actor, string text);

    /// <summary>Refuses unless <paramref name="actor"/> may award <paramref name="winnerId"/> now (checked before the notices are made); returns that candidate's decision draft.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<AwardDecision> RequireAwardable(string winnerId, string? reason, Actor actor);

    /// <summary>Determines the winner and notifies the winner and every other bidder at the same instant (BL 45, BLR 55).</summary>
    Task<AwardView> Decide(AwardRequest request, Actor actor);

    /// <summary>The winner gave up or failed its performance bond: the award falls away and may pass down the ranking (BLR 55).</summary>
    Task<AwardView> Decline(string reason, Actor actor);

    /// <summary>The agency records the platform-signed contract draft (BL 46, BLR 58).</summary>
    Task<AwardView> DraftContract(ContractDraft draft, Actor actor);

    /// <summary>A party prepares its signature of the contract.</summary>
    Task<AwardView> RequestContractSignature(Actor actor, RecordSigningRequest request);

    /// <summary>A party's signature, checked against its registered key, with the PDF that embeds it.</summary>
    Task<AwardView> SignContract(Actor actor, byte[] signature, string signedPdfSha256);

    /// <summary>Government procurement: the agency files the signed contract with the finance department (GPL 47).</summary>
    Task<AwardView> FileContract(Actor actor);

    /// <summary>The agency files the written report to supervision (BL 47).</summary>
    Task<AwardView> FileReport(string reportPdfSha256, Actor actor);

    /// <summary>Refuses unless the tender may be archived now (checked before the bundle is built).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task RequireArchivable(Actor actor);

    /// <summary>The tender's file is archived with its manifest, and its trade certificate issued.</summary>
    Task<AwardView> Archive(string manifestSha256, string certificateSha256, Actor actor);

    /// <summary>The transparency-log indexes of the tender's events, in order.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<long>> LogIndexes();
}
