namespace TenderHall.Grains.Contracts.Gate;

/// <summary>What the gate found: passed by a verified certificate or an approved exemption, or refused under a rule.</summary>
[GenerateSerializer, Alias("th.GateVerdict")]
public sealed class GateVerdict
{
    /// <summary>Whether the project may go on to the downstream procedure.</summary>
    [Id(0)] public bool Passed { get; set; }

    /// <summary>The project checked.</summary>
    [Id(1)] public string ProjectCode { get; set; } = "";

    /// <summary>The rule that refused it (<c>GATE-*</c>); null when passed.</summary>
    [Id(2)] public string? Rule { get; set; }

    /// <summary>What the check found, in English: the verifier's sentence or the exemption's approval.</summary>
    [Id(3)] public string Detail { get; set; } = "";

    /// <summary>The refusal in Chinese, with what to do; null when passed.</summary>
    [Id(4)] public string? ReasonZh { get; set; }

    /// <summary>The refusal in English, with what to do; null when passed.</summary>
    [Id(5)] public string? ReasonEn { get; set; }

    /// <summary>The certified tender, when a certificate verified.</summary>
    [Id(6)] public string? TenderId { get; set; }

    /// <summary>Hex SHA-256 of the certificate's statement, when one could be read.</summary>
    [Id(7)] public string? StatementSha256 { get; set; }

    /// <summary>The log entry that archived the tender and named the certificate, when it verified.</summary>
    [Id(8)] public long? AnchorIndex { get; set; }

    /// <summary>The provincial government's approval document, when passed by exemption.</summary>
    [Id(9)] public string? ExemptionDocument { get; set; }

    /// <summary>The transparency-log entry recording the refusal; null when passed.</summary>
    [Id(10)] public long? RefusalLogIndex { get; set; }

    /// <summary>When the check was made.</summary>
    [Id(11)] public DateTimeOffset CheckedAt { get; set; }

    /// <summary>The project the presented certificate names, when its statement could be read.</summary>
    [Id(12)] public string? CertifiedProjectCode { get; set; }
}
