namespace TenderHall.Grains.Contracts.Opening;

/// <summary>
/// A secret log entry of the tender disclosed at the opening (BL 22 ends there): its leaf index, the salt, and the event
/// the leaf's commitment is over, so anyone can check SHA-256(salt ‖ event) against the public leaf.
/// </summary>
[GenerateSerializer, Alias("th.RevealedCommitment")]
public sealed class RevealedCommitment
{
    /// <summary>Index of the commitment leaf in the transparency log.</summary>
    [Id(0)] public long Index { get; set; }

    /// <summary>The commitment's salt, base64.</summary>
    [Id(1)] public string Salt { get; set; } = "";

    /// <summary>The committed event's canonical JSON bytes, base64.</summary>
    [Id(2)] public string EventData { get; set; } = "";
}
