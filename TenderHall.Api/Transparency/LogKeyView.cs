namespace TenderHall.Api.Transparency;

/// <summary>The log's name (checkpoint origin) and its Ed25519 verifier key in C2SP vkey form (<c>name+hash+base64</c>).</summary>
public sealed record LogKeyView(string Origin, string VerifierKey);
