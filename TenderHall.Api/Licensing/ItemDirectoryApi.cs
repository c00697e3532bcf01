using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Common;
using TenderHall.Api.Idempotency;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Licensing;

/// <summary>
/// The dynamic directory of the service item library: a department proposes, the centre reviews, the provincial government
/// approves with an effective date; every version stays public, with its sample forms.
/// </summary>
public static class ItemDirectoryApi
{
    /// <summary>Maps the proposal steps under <c>/api/v1/licensing/items/{code}</c> and <c>/api/v1/licensing/directory/proposals</c>.</summary>
    public static IEndpointRouteBuilder MapItemDirectoryApi(this IEndpointRouteBuilder app)
    {
        var item = app.MapGroup("/api/v1/licensing/items/{code}").WithTags("Licensing");
        item.MapPost("/proposal", Propose).RequireAuthorization(Policies.DirectoryStaff).WithMetadata(new IdempotentAttribute())
            .WithSummary("The department head proposes adding, changing or withdrawing the item from a day (LIC-DIR-*).");
        item.MapGet("/proposal", Proposal).RequireAuthorization(Policies.DirectoryStaff).WithSummary("The item's latest proposal and its steps.");
        item.MapPost("/proposal/review", Review).RequireAuthorization(Policies.DirectoryStaff)
            .WithSummary("The centre reviews the proposal: passes it to the provincial government or returns it.");
        item.MapPost("/proposal/decision", Decide).RequireAuthorization(Policies.DirectoryStaff)
            .WithSummary("The provincial government approves the reviewed proposal (a new version from its effective day) or returns it.");
        item.MapGet("/versions", Versions).AllowAnonymous().WithSummary("Every approved version of the item, oldest first, and the one in force today.");
        item.MapGet("/versions/{number:int}", Version).AllowAnonymous().WithSummary("One approved version of the item, as it was published.");
        item.MapGet("/samples/{sha256}", Sample).AllowAnonymous().WithSummary("Downloads a material's sample form (示范文本) published by any version of the item.");
        app.MapGet("/api/v1/licensing/directory/proposals", Open).WithTags("Licensing").RequireAuthorization(Policies.DirectoryStaff)
            .WithSummary("The proposals waiting for review or approval (a department head sees its own department's).");
        return app;
    }

    private static async Task<Ok<DirectoryProposal>> Propose(string code, DirectoryProposalBody body, IGrainFactory grains, HttpContext context)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 64) throw RuleViolationException.Of("REQ-FIELD", ("field", "code"), ("detail", "1-64 characters"));
        var change = body.Change ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "change"), ("detail", "Add, Change or Withdraw"));
        var from = body.EffectiveFrom ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "effectiveFrom"), ("detail", "a day, e.g. 2026-03-01"));
        var reason = CaseInput.Text(body.Reason, "reason");
        return TypedResults.Ok(await grains.GetGrain<ILicensingItemGrain>(code).Propose(change, body.Item, from, reason, context.ToActor()));
    }

    private static async Task<Ok<DirectoryProposal>> Proposal(string code, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(Visible(await grains.GetGrain<ILicensingItemGrain>(code).Proposal(), context.ToActor())
                        ?? throw RuleViolationException.Of("LIC-DIR-STATE", ("item", code), ("detail", "there is no proposal")));

    private static async Task<Ok<DirectoryProposal>> Review(string code, DirectoryStepBody body, IGrainFactory grains, HttpContext context)
    {
        var approve = body.Approve ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "approve"), ("detail", "true or false"));
        return TypedResults.Ok(await grains.GetGrain<ILicensingItemGrain>(code).Review(approve, CaseInput.Text(body.Opinion, "opinion"), context.ToActor()));
    }

    private static async Task<Ok<DirectoryProposal>> Decide(string code, DirectoryStepBody body, IGrainFactory grains, HttpContext context)
    {
        var approve = body.Approve ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "approve"), ("detail", "true or false"));
        var opinion = CaseInput.Text(body.Opinion, "opinion");
        return TypedResults.Ok(await grains.GetGrain<ILicensingItemGrain>(code).Decide(approve, opinion, body.ApprovalDocument, body.EffectiveFrom, context.ToActor()));
    }

    private static async Task<Ok<ItemVersions>> Versions(string code, IGrainFactory grains)
    {
        var versions = await grains.GetGrain<ILicensingItemGrain>(code).Versions();
        return versions.Versions.Count > 0 ? TypedResults.Ok(versions) : throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", code));
    }

    private static async Task<Ok<ItemVersion>> Version(string code, int number, IGrainFactory grains)
    {
        var versions = (await grains.GetGrain<ILicensingItemGrain>(code).Versions()).Versions;
        return number >= 1 && number <= versions.Count ? TypedResults.Ok(versions[number - 1]) : throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", $"{code}/versions/{number}"));
    }

    // Only a file some version of the item published as a sample form: the blob store is not open to browsing.
    private static async Task<FileStreamHttpResult> Sample(string code, string sha256, IGrainFactory grains, IBlobStore blobs, CancellationToken cancellationToken)
    {
        var hash = sha256.ToLowerInvariant();
        var sample = (await grains.GetGrain<ILicensingItemGrain>(code).Versions()).Versions
                     .SelectMany(v => v.Item.SampleForms).FirstOrDefault(s => s.Sha256 == hash)
                     ?? throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", $"{code}/samples/{sha256}"));
        var stream = await blobs.OpenReadAsync(hash, cancellationToken) ?? throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", $"{code}/samples/{sha256}"));
        return TypedResults.Stream(stream, "application/octet-stream", sample.FileName);
    }

    private static Task<Page<DirectoryProposal>> Open(IGrainFactory grains, HttpContext context, int? skip, int? take)
    {
        var actor = context.ToActor();
        return Paging.Load(grains, LicensingDirectoryKeys.OpenProposals, skip, take,
            async code => Visible(await grains.GetGrain<ILicensingItemGrain>(code).Proposal(), actor));
    }

    // The centre and the provincial government see every proposal; a department head only its own department's.
    private static DirectoryProposal? Visible(DirectoryProposal? proposal, Actor actor) =>
        proposal is not null && (actor.Is(Roles.CentreAdmin) || actor.Is(Roles.ProvincialGovernment) || proposal.Item.DepartmentId == actor.OrganizationId)
            ? proposal : null;
}
