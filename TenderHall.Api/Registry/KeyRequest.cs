namespace TenderHall.Api.Registry;

/// <summary>A public key to register.</summary>
/// <param name="Use"><c>signing</c> or <c>encryption</c>.</param>
/// <param name="Algorithm"><c>ecdsa-p256</c>, <c>ecdh-p256</c>, <c>sm2</c> or <c>ed25519</c>.</param>
/// <param name="SubjectPublicKeyInfo">DER SubjectPublicKeyInfo, base64.</param>
/// <param name="CertificateSerial">Serial of the CA certificate, if any.</param>
public sealed record KeyRequest(string Use, string Algorithm, string SubjectPublicKeyInfo, string? CertificateSerial);
