using System.Text.Json;

namespace TenderHall.Api.Gate;

/// <summary>A gate check: the project and the trade certificate it presents.</summary>
/// <param name="ProjectCode">The national investment-project code the downstream procedure is for.</param>
/// <param name="Certificate">The certificate file of <c>GET /api/v1/tenders/{id}/certificate</c>, as a JSON object or as its text; omitted when none is presented.</param>
public sealed record GateCheckBody(string? ProjectCode, JsonElement? Certificate);

/// <summary>The provincial government's exemption of a project from trading in the centre.</summary>
/// <param name="ProjectCode">The national investment-project code.</param>
/// <param name="ApprovalDocument">The approval document's number (批准文号).</param>
/// <param name="Reason">Why the project is exempted.</param>
public sealed record GateExemptionBody(string? ProjectCode, string? ApprovalDocument, string? Reason);
