namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>
/// One download of the tender documents: who, when, from where, on what device (EBM 49; collusion signals under
/// BLR 40). Secret before the deadline: only supervisors see it (BL 22).
/// </summary>
[GenerateSerializer, Alias("th.DocumentDownload")]
public sealed class DocumentDownload
{
    /// <summary>The bidder organisation.</summary>
    [Id(0)] public string BidderId { get; set; } = "";

    /// <summary>The user who downloaded.</summary>
    [Id(1)] public string UserName { get; set; } = "";

    /// <summary>When.</summary>
    [Id(2)] public DateTimeOffset At { get; set; }

    /// <summary>Network address.</summary>
    [Id(3)] public string? Address { get; set; }

    /// <summary>Device fingerprint reported by the client.</summary>
    [Id(4)] public string? DeviceFingerprint { get; set; }

    /// <summary>Which document version.</summary>
    [Id(5)] public int DocumentVersion { get; set; }
}
