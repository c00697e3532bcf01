using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Idempotency;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Tendering;

/// <summary>What bidders do before the deadline: buy and download the documents, ask, object.</summary>
public static partial class TendersApi
{
    /// <summary>Header in which clients report a device fingerprint with downloads (collusion signals, BLR 40).</summary>
    public const string DeviceFingerprintHeader = "X-Device-Fingerprint";

    private static void MapBidderEndpoints(RouteGroupBuilder api)
    {
        api.MapGet("/{id}/documents", Download).RequireAuthorization(Policies.Bidder)
            .WithSummary("Downloads the current documents (paid order required); time, address and device are recorded.");
        api.MapPost("/{id}/questions", Ask).RequireAuthorization(Policies.Bidder).WithMetadata(new IdempotentAttribute())
            .WithSummary("A document holder asks a question; it is answered without naming the asker.");
        api.MapPost("/{id}/objections", Object).RequireAuthorization(Policies.Objector).WithMetadata(new IdempotentAttribute())
            .WithSummary("A document holder, or an interested party stating its interest, objects to the documents (BLR 22); a holder's objection pauses an engineering tender until answered, a procurement challenge pauses nothing (GPL 57).");
    }

    private static async Task<IResult> Download(string id, IGrainFactory grains, IBlobStore blobs, HttpContext context)
    {
        var fingerprint = context.Request.Headers[DeviceFingerprintHeader].ToString();
        var version = await grains.GetGrain<ITenderGrain>(id).RecordDownload(context.ToActor(), fingerprint);
        var stream = await blobs.OpenReadAsync(version.Sha256, context.RequestAborted)
                     ?? throw new InvalidOperationException($"Document {version.Sha256} of tender {id} is missing from the blob store.");
        context.Response.Headers["X-Document-Version"] = version.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["X-Document-Sha256"] = version.Sha256;
        return TypedResults.Stream(stream, "application/octet-stream", $"{id}-v{version.Version}.bin");
    }

    private static async Task<Created<QuestionReceipt>> Ask(string id, TenderTextRequest request, IGrainFactory grains, HttpContext context)
    {
        var number = await grains.GetGrain<ITenderGrain>(id).Ask(context.ToActor(), request.Text);
        return TypedResults.Created($"/api/v1/tenders/{id}", new QuestionReceipt(number));
    }

    private static async Task<Created<Objection>> Object(string id, ObjectionRequest request, IGrainFactory grains, HttpContext context)
    {
        // Indexed first, so an objection is never missing from its objector's list; an index entry whose objection was
        // refused lists nothing.
        if (context.ToActor().OrganizationId is { Length: > 0 } objector && await grains.GetGrain<ITenderGrain>(id).Get() is not null)
            await grains.GetGrain<IDirectoryIndexGrain>(MyObjectionsApi.IndexOf(objector)).Add(id);
        var objection = await grains.GetGrain<ITenderGrain>(id).RaiseObjection(context.ToActor(), request.Text, request.InterestGround, request.Evidence);
        return TypedResults.Created($"/api/v1/tenders/{id}/objections", objection);
    }
}
