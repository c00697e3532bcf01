namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>A confirmed member of the committee in the evaluation (names for supervision and the member alone, BL 37).</summary>
[GenerateSerializer, Alias("th.CommitteeMember")]
public sealed class CommitteeMember
{
    /// <summary>The seat label from the draw, e.g. <c>A05/1</c>; the only name the log and the other parties see.</summary>
    [Id(0)] public string Seat { get; set; } = "";

    /// <summary>The expert id (empty for those who may not know it).</summary>
    [Id(1)] public string ExpertId { get; set; } = "";

    /// <summary>The expert's name (empty for those who may not know it).</summary>
    [Id(2)] public string Name { get; set; } = "";

    /// <summary>When the member checked in.</summary>
    [Id(3)] public DateTimeOffset? CheckedInAt { get; set; }

    /// <summary>Key id (first 16 hex of the SHA-256 of the SubjectPublicKeyInfo) of the signing key registered at check-in.</summary>
    [Id(4)] public string? KeyId { get; set; }

    /// <summary>Whether the member submitted the review.</summary>
    [Id(5)] public bool Reviewed { get; set; }

    /// <summary>Whether the member submitted the scores.</summary>
    [Id(6)] public bool Scored { get; set; }

    /// <summary>Whether the member countersigned the report.</summary>
    [Id(7)] public bool Signed { get; set; }

    /// <summary>Whether the member asks for more time (BLR 48).</summary>
    [Id(8)] public bool AsksExtension { get; set; }

    /// <summary>The registered signing key (SubjectPublicKeyInfo, DER base64): for supervision and the member alone.</summary>
    [Id(9)] public string? SigningKey { get; set; }
}
