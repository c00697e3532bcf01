using System.Text.Json;
using TenderHall.Grains.Contracts.Gate;
using TenderHall.Grains.Contracts.Licensing;

namespace TenderHall.Api.Licensing;

/// <summary>An application (ALL 29). At a window the officer names the applicant's organisation, if it has one.</summary>
/// <param name="ItemCode">The published item.</param>
/// <param name="ApplicantName">The applicant's name (kept out of the public progress).</param>
/// <param name="Subject">The project or matter.</param>
/// <param name="AmountYuan">The amount the case involves, if any (bounded by chief representatives' delegations).</param>
/// <param name="Materials">The materials, each an uploaded file's SHA-256 under the item's material name.</param>
/// <param name="ApplicantOrganizationId">Window applications only: the applicant's organisation, whose inbox gets the notices.</param>
/// <param name="ProjectCode">The national project code; required for a government project when the item needs the trade certificate.</param>
/// <param name="ProjectKind">GovernmentInvestment, GovernmentProcurement or Other; required when the item needs the trade certificate.</param>
/// <param name="TradeCertificate">The project's trade certificate (JSON object or text) for the gate (docs/gate.md).</param>
/// <param name="WindowId">Composite-window items: the window that receives and delivers (a window officer's own by default).</param>
public sealed record CaseApplicationBody(
    string? ItemCode, string? ApplicantName, string? Subject, decimal? AmountYuan, List<CaseMaterial>? Materials, string? ApplicantOrganizationId,
    string? ProjectCode = null, ProjectKind? ProjectKind = null, JsonElement? TradeCertificate = null, string? WindowId = null);

/// <summary>A reason, opinion or written notice text.</summary>
/// <param name="Text">1-2000 characters.</param>
public sealed record CaseTextBody(string? Text);

/// <summary>The one-time notice: everything missing (ALL 32).</summary>
/// <param name="Missing">Each missing or defective material, 1-50 entries.</param>
public sealed record CaseNoticeBody(List<string>? Missing);

/// <summary>Materials added after the notice.</summary>
/// <param name="Materials">Uploaded files under the item's material names.</param>
public sealed record CaseMaterialsBody(List<CaseMaterial>? Materials);

/// <summary>The chief representative's decision (ALL 37-38).</summary>
/// <param name="Grant">True to grant the licence, false to refuse it.</param>
/// <param name="Reason">The reasons (a refusal must give them, ALL 38).</param>
public sealed record CaseDecisionBody(bool? Grant, string? Reason);

/// <summary>A delegation from the department head to a chief representative.</summary>
/// <param name="ItemCodes">The items the chief decides.</param>
/// <param name="MaxAmountYuan">The largest case amount in yuan; null for cases without an amount only.</param>
/// <param name="ValidFrom">First day (Beijing), e.g. 2026-01-01.</param>
/// <param name="ValidUntil">Last day (Beijing).</param>
public sealed record DelegationBody(List<string>? ItemCodes, decimal? MaxAmountYuan, DateOnly? ValidFrom, DateOnly? ValidUntil);
