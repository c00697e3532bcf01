using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Opening;

namespace TenderHall.Api.Evaluation;

/// <summary>The agency opens the evaluation session.</summary>
/// <param name="Hours">How long the session runs (1-72); extended when more than a third of the members ask (BLR 48).</param>
public sealed record OpenEvaluationRequest(int Hours);

/// <summary>A member's check-in with the key it signs the report with.</summary>
/// <param name="SigningKey">DER SubjectPublicKeyInfo of an ECDSA P-256, SM2 or Ed25519 key, base64; the private key never leaves the member.</param>
public sealed record MemberCheckInRequest(string? SigningKey);

/// <summary>A member's review of every bid on every criterion.</summary>
/// <param name="Failures">Each criterion a bid fails, with the reason and the article; everything not listed passes.</param>
/// <param name="CompetitionLacking">
/// Should fewer than three bids pass, competition is plainly lacking and they are all rejected: by majority, the tender is
/// then tendered again (评标委员会和评标方法暂行规定 Art 27, BL 42).
/// </param>
public sealed record ReviewRequest(IReadOnlyList<ReviewFailure>? Failures, bool CompetitionLacking = false);

/// <summary>A member's scores.</summary>
/// <param name="Scores">One entry for each bid that passed the review.</param>
public sealed record ScoreRequest(IReadOnlyList<ScoreEntry>? Scores);

/// <summary>A member's request to a bidder to clarify its bid.</summary>
/// <param name="BidderId">The bidder.</param>
/// <param name="Question">What to clarify; the answer may not change the substance of the bid (BL 39).</param>
/// <param name="Hours">Hours the bidder has to answer (1-72).</param>
public sealed record ClarificationRequest(string? BidderId, string? Question, int Hours);

/// <summary>The bidder's answer to a clarification request.</summary>
/// <param name="Answer">The answer.</param>
public sealed record ClarificationAnswerRequest(string? Answer);

/// <summary>A member finds the time insufficient (BLR 48).</summary>
/// <param name="Hours">Hours more it asks for (1-24).</param>
public sealed record ExtensionRequest(int Hours);

/// <summary>A supervisor's remark.</summary>
/// <param name="Text">The remark.</param>
public sealed record RemarkRequest(string? Text);

/// <summary>Recordings of the session, uploaded to the blob store first.</summary>
/// <param name="Recordings">Each by name and hex SHA-256.</param>
public sealed record RecordingsRequest(IReadOnlyList<SessionRecording>? Recordings);

/// <summary>A member's signature over the prepared signed attributes of the report.</summary>
/// <param name="Signature">The signature, base64.</param>
public sealed record ReportSignatureRequest(string? Signature);
