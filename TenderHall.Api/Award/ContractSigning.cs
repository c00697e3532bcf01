using TenderHall.Grains.Contracts.Award;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Award;

/// <summary>
/// A party's signature of the contract, added as an incremental update (<see cref="Opening.RecordCountersigning"/>): the
/// platform prepares the empty signature and a certificate for the party's registered key, the party signs on its side,
/// the platform embeds it, and the grain checks it against the key.
/// </summary>
public sealed class ContractSigning(Opening.RecordCountersigning countersigning, IGrainFactory grains)
{
    /// <summary>Prepares <paramref name="actor"/>'s signature over the contract as it stands.</summary>
    public async Task<AwardView> Prepare(string tenderId, Actor actor, string? keyId, CancellationToken cancellationToken)
    {
        var tender = grains.GetGrain<ITenderAwardGrain>(tenderId);
        var contract = (await tender.Award()).Contract ?? throw RuleViolationException.Of("TENDER-STATE", ("id", tenderId), ("status", "without a contract draft"), ("action", "sign the contract"));
        var field = "Party" + (contract.Signatures.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = await countersigning.Prepare(contract.PdfSha256, actor, keyId, field, "合同签署 / Contract signature", Opening.SigningRules.Contract, cancellationToken);
        return await tender.RequestContractSignature(actor, request);
    }

    /// <summary>Embeds <paramref name="signature"/> into the prepared PDF; the grain checks it and records the signed contract.</summary>
    public async Task<AwardView> Complete(string tenderId, Actor actor, byte[] signature, CancellationToken cancellationToken)
    {
        var tender = grains.GetGrain<ITenderAwardGrain>(tenderId);
        var pending = (await tender.Award()).Contract?.Pending is { } request && request.Supervisor == actor.UserName
            ? request
            : throw RuleViolationException.Of("TENDER-STATE", ("id", tenderId), ("status", "without a signing request of this signer"), ("action", "sign the contract"));
        var signed = await countersigning.Complete(pending, actor, signature, Opening.SigningRules.Contract, cancellationToken);
        return await tender.SignContract(actor, signature, signed);
    }
}
