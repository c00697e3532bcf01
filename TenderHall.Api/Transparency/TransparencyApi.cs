using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Api.Transparency;

/// <summary>The public transparency log: checkpoint, key, entries and proofs, for anyone, without sign-in (docs/transparency.md).</summary>
public static class TransparencyApi
{
    /// <summary>Most entries one request returns; clients page on from <c>start + count</c>.</summary>
    public const int MaxEntries = 1000;

    /// <summary>Maps <c>/api/v1/transparency/*</c>.</summary>
    public static IEndpointRouteBuilder MapTransparencyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/transparency").WithTags("Transparency").AllowAnonymous();
        api.MapGet("/checkpoint", Checkpoint).WithSummary("The latest signed checkpoint (C2SP tlog-checkpoint signed note, text/plain).");
        api.MapGet("/key", Key).WithSummary("The log's name and Ed25519 verifier key (C2SP vkey).");
        api.MapGet("/entries", Entries).WithSummary($"Leaves with index in [start, end), at most {MaxEntries}.");
        api.MapGet("/proofs/inclusion", Inclusion).WithSummary("Inclusion proof of a leaf in a tree size.");
        api.MapGet("/proofs/consistency", Consistency).WithSummary("Consistency proof between two tree sizes.");
        return app;
    }

    private static async Task<ContentHttpResult> Checkpoint(ILogStore store, IGrainFactory grains, HttpContext context, CancellationToken cancellationToken)
    {
        // Served from the database: reading it never activates the sequencer, except before its first checkpoint.
        var note = (await store.LatestCheckpointAsync(cancellationToken))?.SignedNote ?? await Sequencer(grains).LatestCheckpoint();
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Text(note, "text/plain; charset=utf-8");
    }

    private static Ok<LogKeyView> Key(LogIdentity log) => TypedResults.Ok(new LogKeyView(log.Origin, log.VerifierKey));

    private static async Task<Ok<IReadOnlyList<LogEntryView>>> Entries(ILogStore store, long? start, long? end, CancellationToken cancellationToken)
    {
        if (start is not { } from || from < 0) throw Range("start must be a leaf index, 0 or more");
        if (end is not { } to || to <= from) throw Range("end must be greater than start (the range is [start, end))");
        var leaves = await store.ReadRangeAsync(from, Math.Min(to, from + MaxEntries), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<LogEntryView>>([.. leaves.Select(l => new LogEntryView(l.Index, l.Data))]);
    }

    private static async Task<Ok<InclusionProofView>> Inclusion(IGrainFactory grains, long? index, long? treeSize)
    {
        if (index is null || treeSize is null) throw Range("index and treeSize are required");
        var hashes = await Sequencer(grains).InclusionProof(index.Value, treeSize.Value);
        return TypedResults.Ok(new InclusionProofView(index.Value, treeSize.Value, hashes));
    }

    private static async Task<Ok<ConsistencyProofView>> Consistency(IGrainFactory grains, long? from, long? to)
    {
        if (from is null || to is null) throw Range("from and to are required");
        var hashes = await Sequencer(grains).ConsistencyProof(from.Value, to.Value);
        return TypedResults.Ok(new ConsistencyProofView(from.Value, to.Value, hashes));
    }

    private static ILogSequencerGrain Sequencer(IGrainFactory grains) => grains.GetGrain<ILogSequencerGrain>(0);

    private static RuleViolationException Range(string detail) => RuleViolationException.Of("TLOG-RANGE", ("detail", detail));
}
