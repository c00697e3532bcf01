using System.Security.Cryptography;
using System.Text.Json;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Transparency;

namespace TenderHall.Grains.Experts;

/// <summary>The seal until the result (BL 37), and the reveal once it is determined.</summary>
public sealed partial class ExpertDrawGrain
{
    /// <inheritdoc />
    public async Task<DrawView> RevealResult(Actor actor, string ground)
    {
        await Enforce();
        // The award reveals it through RevealOnResult; supervision or the centre may determine it explicitly, giving the ground
        // (docs/experts.md, "Reveal").
        if (!actor.Is(Roles.Supervisor) && !actor.Is(Roles.CentreAdmin)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        if (View.Status != DrawStatus.Sealed) throw Conflict("reveal the draw");
        if (string.IsNullOrWhiteSpace(ground) || ground.Length > 500) throw RuleViolationException.Of("REQ-FIELD", ("field", "ground"), ("detail", "1-500 characters"));
        if (clock.UtcNow < View.Request.EvaluationAt)
            throw RuleViolationException.Of("DRAW-RESULT", ("tender", TenderId), ("at", View.Request.EvaluationAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        await Reveal(actor, ground.Trim());
        return Seen(actor);
    }

    /// <inheritdoc />
    public async Task<bool> RevealOnResult(string ground)
    {
        await DrainOutbox(null);
        await Enforce();
        if (state.State.View is not { Status: DrawStatus.Sealed or DrawStatus.Revealed } view) return false;
        // The award determined the result: the committee sat, whatever the clock says of its planned start.
        if (view.Status == DrawStatus.Sealed) await Reveal(Actor.System, ground);
        return true;
    }

    private async Task Reveal(Actor actor, string ground)
    {
        var pool = await Read<Dictionary<string, List<string>>>(state.State.PoolBlob);
        View.RevealedAt = clock.UtcNow;
        View.RevealGround = $"{actor.UserName}: {ground}";
        View.Status = DrawStatus.Revealed;
        var document = DrawDocument.Write(View, state.State, pool, vrfKey.PublicKey, logSettings.Signer.VerifierKey);
        using (var stream = new MemoryStream(document)) View.DocumentSha256 = (await blobs.PutAsync(stream, CancellationToken.None)).Sha256Hex;
        await Log("draw.revealed", actor, ("documentSha256", View.DocumentSha256), ("ground", ground));
    }

    /// <inheritdoc />
    public async Task<string?> PublicDocument()
    {
        if (state.State.View is not { Status: DrawStatus.Revealed, DocumentSha256: { } sha }) return null;
        await using var stream = await blobs.OpenReadAsync(sha, CancellationToken.None) ?? throw new IOException($"Draw document {sha} is missing.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    // Until the result the committee is sealed (BL 37): supervision reads it all, a drawn expert only their own seat, and
    // nobody else any seat, pool size or recusal count. The proof waits too (its hash is logged). Addresses stay with supervision.
    private DrawView Seen(Actor actor)
    {
        var copy = JsonSerializer.Deserialize<DrawView>(JsonSerializer.SerializeToUtf8Bytes(View))!;
        var supervisor = actor.Is(Roles.Supervisor);
        if (!supervisor && copy.Witness is { } witness) copy.Witness = witness with { Address = null };
        if (copy.Status == DrawStatus.Revealed || supervisor) return copy;
        copy.Seats = actor.Is(Roles.Expert) && actor.OrganizationId is { } self ? [.. copy.Seats.Where(s => s.ExpertId == self)] : [];
        (copy.Replacements, copy.PoolSizes, copy.Recused, copy.Proof) = ([], [], [], null);
        copy.SigningRequest = null;
        return copy;
    }
}
