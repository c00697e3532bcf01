using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Api.Registry;

/// <summary>Registration of an organisation by the centre.</summary>
/// <param name="Id">Chosen id, e.g. <c>bidder-07</c>.</param>
/// <param name="Kind">Department, Agency or Bidder.</param>
/// <param name="NameZh">Registered Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="CreditCode">Unified social credit code.</param>
/// <param name="ContactEmail">Contact e-mail.</param>
/// <param name="Keys">Public keys (bidders: signing and, for bidder-and-quorum tenders, encryption).</param>
public sealed record OrganizationRequest(
    string Id, OrganizationKind Kind, string NameZh, string NameEn, string CreditCode, string? ContactEmail, IReadOnlyList<KeyRequest>? Keys);
