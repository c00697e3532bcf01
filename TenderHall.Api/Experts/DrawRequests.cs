using TenderHall.Grains.Contracts.Opening;

namespace TenderHall.Api.Experts;

/// <summary>The supervisor's commitment to their contribution.</summary>
/// <param name="Commitment">Hex SHA-256 commitment (docs/experts.md: frame("TenderHall/draw/contribution/v1", contribution)).</param>
public sealed record CommitRequest(string? Commitment);

/// <summary>The supervisor's revealed contribution.</summary>
/// <param name="Contribution">Hex of the 32 random bytes committed to.</param>
public sealed record ContributionRequest(string? Contribution);

/// <summary>A drawn expert's answer.</summary>
/// <param name="Accept">True to confirm, false to decline.</param>
/// <param name="Declaration">To confirm: the declaration of no conflict of interest, word for word (GET .../draw/declaration).</param>
public sealed record DrawResponseRequest(bool Accept, string? Declaration);

/// <summary>A seat whose expert is absent on the day.</summary>
/// <param name="Seat">Seat label, e.g. A01/2.</param>
public sealed record AbsenceRequest(string? Seat);

/// <summary>The ground on which the tender's result counts as determined.</summary>
/// <param name="Ground">E.g. the award decision's reference.</param>
public sealed record RevealRequest(string? Ground);

/// <summary>The draw record: the recordings of the draw, uploaded before, by name and hash.</summary>
/// <param name="Recordings">Audio/video files.</param>
public sealed record DrawRecordRequest(IReadOnlyList<SessionRecording>? Recordings);

/// <summary>The supervisor's countersignature over the signing request's signed attributes.</summary>
/// <param name="Signature">Base64 signature.</param>
public sealed record CountersignRequest(string? Signature);

/// <summary>The declaration of no conflict of interest of one tender.</summary>
/// <param name="Zh">Chinese text.</param>
/// <param name="En">English text.</param>
public sealed record DeclarationView(string Zh, string En);

/// <summary>The centre's ECVRF public key for expert draws.</summary>
/// <param name="Algorithm">ECVRF-EDWARDS25519-SHA512-TAI (RFC 9381).</param>
/// <param name="PublicKey">Base64 RFC 8032 public key.</param>
public sealed record DrawKeyView(string Algorithm, string PublicKey);
