using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Storage.Blobs;
using TenderHall.Grains.Contracts.Blobs;

namespace TenderHall.Api.Experts;

/// <summary>The verifiable expert draw of a tender: <c>/api/v1/tenders/{id}/draw</c> (BL 37, BLR 46; docs/experts.md).</summary>
public static class DrawApi
{
    /// <summary>Maps the draw's endpoints.</summary>
    public static IEndpointRouteBuilder MapDrawApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/draws/key", Key).WithTags("Draw").AllowAnonymous().WithSummary("The centre's ECVRF public key that verifies every draw.");
        var api = app.MapGroup("/api/v1/tenders/{id}/draw").WithTags("Draw");
        api.MapGet("", Get).AllowAnonymous()
            .WithSummary("The draw: its steps for everyone; the committee only for supervision and each drawn expert's own seat until the result (BL 37).");
        api.MapPost("", Request).RequireAuthorization(Policies.Agency).WithSummary("The tender's agency requests the draw: composition checked, filtered pool frozen.");
        api.MapPost("/check-in", CheckIn).RequireAuthorization(Policies.Supervisor).WithSummary("A supervisor checks in to witness the draw.");
        api.MapPost("/commit", Commit).RequireAuthorization(Policies.Supervisor)
            .WithSummary("The witness commits to a random contribution; the draw's commit is logged and anchored to the next checkpoint.");
        api.MapPost("/contribution", Contribute).RequireAuthorization(Policies.Supervisor)
            .WithSummary("The witness reveals the contribution: seed, ECVRF proof and selection follow; drawn experts are notified.");
        api.MapGet("/declaration", Declaration).AllowAnonymous().WithSummary("The declaration of no conflict of interest a drawn expert signs.");
        api.MapPost("/response", Respond).RequireAuthorization(Policies.Expert).WithSummary("A drawn expert confirms (with the declaration) or declines.");
        api.MapPost("/absences", Absent).RequireAuthorization(Policies.Supervisor).WithSummary("Supervision records a drawn expert absent; the next backup steps in.");
        api.MapPost("/reveal", Reveal).RequireAuthorization(Policies.CentreOrSupervision)
            .WithSummary("The result is determined: the committee, pool, seed parts and proof become public (later called by the award stage).");
        api.MapGet("/document", Document).AllowAnonymous().WithSummary("The public draw document for tenderhall-verify verify-draw, once revealed.");
        api.MapPost("/record", Record).RequireAuthorization(Policies.Supervisor)
            .WithSummary("The witness has the draw record rendered with the recordings' hashes and signed by the platform.");
        api.MapGet("/record.pdf", RecordPdf).AllowAnonymous().WithSummary("The draw record PDF: supervision any time, everyone once revealed.");
        api.MapPost("/record/signing-request", PrepareSignature).RequireAuthorization(Policies.Supervisor)
            .WithSummary("Prepares the witness's countersignature: the view's signingRequest holds the DER signed attributes to sign.");
        api.MapPost("/record/countersign", Countersign).RequireAuthorization(Policies.Supervisor)
            .WithSummary("The witness's signature over the signed attributes; the record then carries both signatures.");
        return app;
    }

    private static Ok<DrawKeyView> Key(DrawPublicKey key) => TypedResults.Ok(new DrawKeyView("ECVRF-EDWARDS25519-SHA512-TAI", Convert.ToBase64String(key.Key)));

    private static async Task<Ok<DrawView>> Get(string id, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Draw(grains, id).Get(context.ToActor()));

    private static async Task<Ok<DrawView>> Request(string id, DrawRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Draw(grains, id).Request(context.ToActor(), request));

    private static async Task<Ok<DrawView>> CheckIn(string id, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Draw(grains, id).CheckIn(context.ToActor()));

    private static async Task<Ok<DrawView>> Commit(string id, CommitRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Draw(grains, id).Commit(context.ToActor(), Hex(request.Commitment, "commitment")));

    private static async Task<Ok<DrawView>> Contribute(string id, ContributionRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Draw(grains, id).Contribute(context.ToActor(), Hex(request.Contribution, "contribution")));

    private static Ok<DeclarationView> Declaration(string id) => TypedResults.Ok(new DeclarationView(DrawDeclaration.Zh(id), DrawDeclaration.En(id)));

    private static async Task<Ok<DrawView>> Respond(string id, DrawResponseRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Draw(grains, id).Respond(context.ToActor(), request.Accept, request.Declaration));

    private static async Task<Ok<DrawView>> Absent(string id, AbsenceRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Draw(grains, id).MarkAbsent(context.ToActor(), request.Seat ?? ""));

    private static async Task<Ok<DrawView>> Reveal(string id, RevealRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Draw(grains, id).RevealResult(context.ToActor(), request.Ground ?? ""));

    private static async Task<IResult> Document(string id, IGrainFactory grains) =>
        await Draw(grains, id).PublicDocument() is { } json
            ? TypedResults.Text(json, "application/json")
            : throw RuleViolationException.Of("DRAW-SEALED", ("tender", id));

    private static async Task<Ok<DrawView>> Record(string id, DrawRecordRequest request, DrawRecordSignature records, HttpContext context) =>
        TypedResults.Ok(await records.Render(id, context.ToActor(), request.Recordings ?? [], context.RequestAborted));

    private static async Task<IResult> RecordPdf(string id, IGrainFactory grains, IBlobStore blobs, HttpContext context)
    {
        var actor = context.ToActor();
        var view = await Draw(grains, id).Get(actor);
        // The record names the committee: supervision reads it at once, everyone else once the result is determined (BL 37).
        if (view.Status != DrawStatus.Revealed && !actor.Is(Roles.Supervisor)) throw RuleViolationException.Of("DRAW-SEALED", ("tender", id));
        var sha = view.RecordPdfSha256 ?? throw RuleViolationException.Of("DRAW-STATE", ("tender", id), ("status", view.Status), ("action", "read the record"));
        var stream = await blobs.OpenReadAsync(sha, context.RequestAborted) ?? throw new IOException($"Draw record {sha} is missing from the blob store.");
        return TypedResults.Stream(stream, "application/pdf", $"{id}-draw-record.pdf");
    }

    private static async Task<Ok<DrawView>> PrepareSignature(string id, Opening.SigningRequestBody? request, DrawRecordSignature records, HttpContext context) =>
        TypedResults.Ok(await records.Prepare(id, context.ToActor(), string.IsNullOrWhiteSpace(request?.KeyId) ? null : request.KeyId.Trim(), context.RequestAborted));

    private static async Task<Ok<DrawView>> Countersign(string id, CountersignRequest request, DrawRecordSignature records, HttpContext context)
    {
        byte[] signature;
        try { signature = Convert.FromBase64String(request.Signature ?? ""); }
        catch (FormatException) { throw RuleViolationException.Of("REQ-FIELD", ("field", "signature"), ("detail", "base64")); }
        return TypedResults.Ok(await records.Countersign(id, context.ToActor(), signature, context.RequestAborted));
    }

    private static IExpertDrawGrain Draw(IGrainFactory grains, string id) => grains.GetGrain<IExpertDrawGrain>(id);

    private static byte[] Hex(string? value, string field)
    {
        try { return Convert.FromHexString(value ?? ""); }
        catch (FormatException) { throw RuleViolationException.Of("REQ-FIELD", ("field", field), ("detail", "hexadecimal")); }
    }
}
