namespace TenderHall.Grains.Contracts.Transparency;

/// <summary>Who signs the log: its origin (first checkpoint line) and the note verifier key outsiders check checkpoints with.</summary>
/// <param name="Origin">Log origin, e.g. <c>tenderhall.example/log</c>.</param>
/// <param name="VerifierKey">Note verifier key: <c>name+hash+base64(0x01 || Ed25519 public key)</c>.</param>
public sealed record LogIdentity(string Origin, string VerifierKey);
