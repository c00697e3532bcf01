namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>Who holds the tender's opening key in shares, and how many shares open it.</summary>
[GenerateSerializer, Alias("th.CustodyRequest")]
public sealed class CustodyRequest
{
    /// <summary>Custodian organisations (centre, supervision, agency, notary…); each needs a registered encryption key of the suite.</summary>
    [Id(0)] public List<string> Custodians { get; set; } = [];

    /// <summary>How many custodians' shares rebuild the key (k of n, at least 2).</summary>
    [Id(1)] public int Threshold { get; set; }

    /// <summary><c>International</c> (ECDH P-256, AES-256-GCM) or <c>Gm</c> (SM2, SM4-GCM).</summary>
    [Id(2)] public string Suite { get; set; } = "International";

    /// <summary><c>OpeningKey</c>, or <c>BidderAndQuorum</c>: each bid also needs a part only its bidder can unwrap.</summary>
    [Id(3)] public string Policy { get; set; } = "OpeningKey";

    /// <summary>Bidder-and-quorum: minutes each bidder has, once the opening key is rebuilt, to hand over its part (set by the agency).</summary>
    [Id(4)] public int BidderPartMinutes { get; set; } = 30;
}
