namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>What bidders seal to: the tender's public opening key, its id, suite and policy. Public.</summary>
[GenerateSerializer, Alias("th.OpeningKeyView")]
public sealed class OpeningKeyView
{
    /// <summary>Tender id.</summary>
    [Id(0)] public string TenderId { get; set; } = "";

    /// <summary><c>International</c> or <c>Gm</c>.</summary>
    [Id(1)] public string Suite { get; set; } = "";

    /// <summary><c>OpeningKey</c> or <c>BidderAndQuorum</c>.</summary>
    [Id(2)] public string Policy { get; set; } = "";

    /// <summary>Raw public key, base64 (uncompressed point).</summary>
    [Id(3)] public string PublicKey { get; set; } = "";

    /// <summary>Key id, hex (first 8 bytes of SHA-256 of the raw key).</summary>
    [Id(4)] public string KeyId { get; set; } = "";

    /// <summary>k: shares needed to open.</summary>
    [Id(5)] public int Threshold { get; set; }

    /// <summary>The custodians, in share order (who holds a share is public; the shares are not).</summary>
    [Id(6)] public List<string> Custodians { get; set; } = [];

    /// <summary>Bidder-and-quorum: minutes each bidder has to hand over its part at the opening.</summary>
    [Id(7)] public int BidderPartMinutes { get; set; }
}
