namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>What the self-test found: the envelope is well formed and addressed to this tender's opening key.</summary>
/// <param name="Valid">Always true (a failure is a problem-details answer).</param>
/// <param name="TenderId">Tender named in the header.</param>
/// <param name="BidderId">Bidder named in the header.</param>
/// <param name="Suite">Algorithm suite.</param>
/// <param name="Policy">Opening policy.</param>
/// <param name="SegmentSize">Segment size in bytes.</param>
/// <param name="Recipients">Recipient roles and key ids.</param>
public sealed record EnvelopeSelfTest(bool Valid, string TenderId, string BidderId, string Suite, string Policy, int SegmentSize, IReadOnlyList<string> Recipients);
