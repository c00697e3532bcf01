namespace TenderHall.Grains.Contracts.Registry;

/// <summary>A registered public key of an organisation; rotated keys stay listed so old signatures verify.</summary>
[GenerateSerializer, Alias("th.PublicKeyRecord")]
public sealed class PublicKeyRecord
{
    /// <summary>Key id: lowercase hex of the first 8 bytes of SHA-256 over <see cref="SubjectPublicKeyInfo"/>.</summary>
    [Id(0)] public string KeyId { get; set; } = "";

    /// <summary>What the key is for: <c>signing</c> or <c>encryption</c>.</summary>
    [Id(1)] public string Use { get; set; } = "";

    /// <summary>Algorithm: <c>ecdsa-p256</c>, <c>ecdh-p256</c>, <c>sm2</c> or <c>ed25519</c>.</summary>
    [Id(2)] public string Algorithm { get; set; } = "";

    /// <summary>DER SubjectPublicKeyInfo, base64.</summary>
    [Id(3)] public string SubjectPublicKeyInfo { get; set; } = "";

    /// <summary>Serial of the CA certificate the key was issued under.</summary>
    [Id(4)] public string? CertificateSerial { get; set; }

    /// <summary>When the key was registered.</summary>
    [Id(5)] public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>When the key stopped being current; null while current.</summary>
    [Id(6)] public DateTimeOffset? RetiredAt { get; set; }
}
