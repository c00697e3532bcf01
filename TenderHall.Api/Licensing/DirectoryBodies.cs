using TenderHall.Grains.Contracts.Licensing;

namespace TenderHall.Api.Licensing;

/// <summary>A department's proposal to add, change or withdraw an item of the directory.</summary>
/// <param name="Change">Add, Change or Withdraw.</param>
/// <param name="Item">The item's full text (ten publicities, mode, department, window…); not needed for a withdrawal.</param>
/// <param name="EffectiveFrom">The day (Beijing) asked for, today or later, e.g. 2026-03-01.</param>
/// <param name="Reason">Why (1-2000 characters).</param>
public sealed record DirectoryProposalBody(DirectoryChange? Change, LicensingItem? Item, DateOnly? EffectiveFrom, string? Reason);

/// <summary>A step's opinion: the centre's review, or the provincial government's decision.</summary>
/// <param name="Approve">True to pass (review) or approve (decision); false to return it to the department.</param>
/// <param name="Opinion">The opinion (1-2000 characters).</param>
/// <param name="ApprovalDocument">Decision only, when approving: the approval's document number (批复文号).</param>
/// <param name="EffectiveFrom">Decision only: the day it takes effect, if not the day proposed (today or later).</param>
public sealed record DirectoryStepBody(bool? Approve, string? Opinion, string? ApprovalDocument = null, DateOnly? EffectiveFrom = null);
