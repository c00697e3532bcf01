namespace TenderHall.Grains.Contracts.Opening;

/// <summary>
/// A supervisor's pending signature of the opening record (EBM 33): the platform-signed record extended by an empty
/// signature field, and the CMS signed attributes the supervisor signs with its own key, which never reaches the platform.
/// </summary>
[GenerateSerializer, Alias("th.RecordSigningRequest")]
public sealed class RecordSigningRequest
{
    /// <summary>The supervisor (user name) who asked to sign.</summary>
    [Id(0)] public string Supervisor { get; set; } = "";

    /// <summary>Key id of the supervisor's organisation's signing key that will sign.</summary>
    [Id(1)] public string KeyId { get; set; } = "";

    /// <summary>SHA-256 of the platform-signed record this signature extends.</summary>
    [Id(2)] public string RecordPdfSha256 { get; set; } = "";

    /// <summary>SHA-256 of the record with the empty supervisor signature appended (blob store).</summary>
    [Id(3)] public string PreparedPdfSha256 { get; set; } = "";

    /// <summary>What the supervisor signs: the DER signed attributes (content type, signing time, message digest), base64.</summary>
    [Id(4)] public string SignedAttributes { get; set; } = "";

    /// <summary>The certificate the platform issued for the supervisor's key, DER base64.</summary>
    [Id(5)] public string Certificate { get; set; } = "";

    /// <summary>The signing time written into the signed attributes.</summary>
    [Id(6)] public DateTimeOffset SigningTime { get; set; }
}
