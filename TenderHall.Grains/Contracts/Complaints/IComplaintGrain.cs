using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Complaints;

/// <summary>One complaint to the supervision department (key: complaint id), on the statutory clocks of BLR 60–62 or GPL 55–57.</summary>
public interface IComplaintGrain : IGrainWithStringKey
{
    /// <summary>A bidder or other interested party files the complaint (BLR 60: within 10 days of knowing; GPL 55: 15 working days after the challenge's answer was due).</summary>
    Task<ComplaintView> File(ComplaintFiling filing, Actor actor);

    /// <summary>The complaint, for its complainant and supervisors.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<ComplaintView> Get(Actor actor);

    /// <summary>A supervisor accepts the complaint (BLR 61) or rejects it with the reason.</summary>
    Task<ComplaintView> Review(bool accept, string note, Actor actor);

    /// <summary>A supervisor suspends the tender while the complaint is handled (BLR 62, GPL 57).</summary>
    Task<ComplaintView> SuspendTender(string note, Actor actor);

    /// <summary>A supervisor decides: dismiss, or uphold with re-evaluation or re-tendering, which the tender follows.</summary>
    Task<ComplaintView> Decide(ComplaintOutcome outcome, string note, Actor actor);
}
