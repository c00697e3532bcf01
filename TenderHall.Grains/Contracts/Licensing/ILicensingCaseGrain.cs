using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>One licensing case (key: its case number), from the application to the certificate.</summary>
public interface ILicensingCaseGrain : IGrainWithStringKey
{
    /// <summary>Receives an application with its materials (ALL 29); the receipt is the first step.</summary>
    Task<CaseView> Apply(CaseApplication application, Actor actor);

    /// <summary>The window accepts a complete application (ALL 32).</summary>
    Task<CaseView> Accept(Actor actor);

    /// <summary>The window issues the one-time notice of everything missing (一次性告知, ALL 32).</summary>
    Task<CaseView> NotifyMissing(IReadOnlyList<string> missing, Actor actor);

    /// <summary>The applicant or the window adds the materials the notice asked for.</summary>
    Task<CaseView> Supplement(IReadOnlyList<CaseMaterial> materials, Actor actor);

    /// <summary>The window refuses an application outside the department's powers, with the reason (ALL 32).</summary>
    Task<CaseView> RefuseOutsidePowers(string reason, Actor actor);

    /// <summary>The window officer or department reviewer records the review opinion.</summary>
    Task<CaseView> Review(string opinion, Actor actor);

    /// <summary>Stops the clock for a hearing, testing or expert review, with a written notice (ALL 45).</summary>
    Task<CaseView> StopClock(string reason, Actor actor);

    /// <summary>Restarts the stopped clock.</summary>
    Task<CaseView> RestartClock(Actor actor);

    /// <summary>The chief representative extends the limit once by 10 working days (ALL 42).</summary>
    Task<CaseView> Extend(string reason, Actor actor);

    /// <summary>The chief representative decides, inside the delegation (ALL 37-38).</summary>
    Task<CaseView> Decide(bool grant, string reason, Actor actor);

    /// <summary>A department's chief representative decides its part of a joint case (ALL 26), inside the delegation.</summary>
    Task<CaseView> DecideSubCase(string departmentId, bool grant, string opinion, Actor actor);

    /// <summary>The centre records the minutes of the joint meeting on a stuck sub-case.</summary>
    Task<CaseView> Coordinate(string departmentId, string minutes, Actor actor);

    /// <summary>The window issues the certificate of a granted case (ALL 39, 44).</summary>
    Task<CaseView> IssueCertificate(Actor actor);

    /// <summary>The case for its applicant and the department, or null.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<CaseView?> Get();

    /// <summary>The public progress, or null.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<CaseProgress?> Progress();

    /// <summary>The officer a rating of the case is attributed to: who decided it, else who delivered it, else who accepted it; empty when none is known.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<string> ServedBy();
}
