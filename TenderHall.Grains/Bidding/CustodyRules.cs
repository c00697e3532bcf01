using TenderHall.Crypto;
using TenderHall.Crypto.Envelopes;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Bidding;

/// <summary>What a custody request must say (EBM 26–30: nobody alone may decrypt before the opening).</summary>
public static class CustodyRules
{
    /// <summary>The suite and policy named by the request; throws BID-CUSTODY naming the first problem.</summary>
    public static (CryptoSuite Suite, EnvelopePolicy Policy) Validate(CustodyRequest request)
    {
        if (!Enum.TryParse<CryptoSuite>(request.Suite, ignoreCase: true, out var suite) || !Enum.IsDefined(suite))
            throw Fail("suite must be International or Gm");
        if (!Enum.TryParse<EnvelopePolicy>(request.Policy, ignoreCase: true, out var policy) || !Enum.IsDefined(policy))
            throw Fail("policy must be OpeningKey or BidderAndQuorum");
        if (policy == EnvelopePolicy.BidderAndQuorum && request.BidderPartMinutes is < 5 or > 1440)
            throw Fail("bidders get 5 to 1440 minutes to hand over their key parts");
        var custodians = request.Custodians.Distinct(StringComparer.Ordinal).Count();
        if (custodians != request.Custodians.Count) throw Fail("a custodian is named twice");
        // At least two custodians must act together, so no single party (the platform included) can open early.
        if (custodians is < 2 or > 20) throw Fail("name 2 to 20 custodians");
        if (request.Threshold < 2 || request.Threshold > custodians) throw Fail($"the threshold must be 2 to {custodians}");
        return (suite, policy);
    }

    private static RuleViolationException Fail(string detail) => RuleViolationException.Of("BID-CUSTODY", ("detail", detail));
}
