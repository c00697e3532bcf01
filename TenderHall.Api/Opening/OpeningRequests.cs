using TenderHall.Grains.Contracts.Opening;

namespace TenderHall.Api.Opening;

/// <summary>A custodian's share: x, the decrypted share bytes and its signature, base64.</summary>
/// <param name="X">Shamir x-coordinate.</param>
/// <param name="Share">The share's y bytes, base64.</param>
/// <param name="Signature">Custodian's signature over the share message, base64.</param>
public sealed record ShareRequest(byte X, string Share, string Signature);

/// <summary>A bidder's answer to the opening record.</summary>
/// <param name="Confirm">True to confirm the line, false to object.</param>
/// <param name="Objection">What is objected to.</param>
public sealed record OpeningResponseRequest(bool Confirm, string? Objection);

/// <summary>The agency's answer to a bidder's objection.</summary>
/// <param name="Answer">The answer.</param>
public sealed record OpeningAnswerRequest(string Answer);

/// <summary>The supervisor's close of the session.</summary>
/// <param name="Notes">Session notes.</param>
/// <param name="Recordings">Audio/video files already uploaded, by name and hash.</param>
/// <param name="Signature">Supervisor's signature over the signing request's signed attributes (base64-decoded), base64.</param>
public sealed record CloseRequest(string Notes, IReadOnlyList<SessionRecording>? Recordings, string Signature);

/// <summary>A bidder's part of its envelope's key (bidder-and-quorum), unwrapped with its own key, and its signature.</summary>
/// <param name="Part">The part, base64.</param>
/// <param name="Signature">Bidder's signature over the part message, base64.</param>
public sealed record BidderPartRequest(string Part, string Signature);
