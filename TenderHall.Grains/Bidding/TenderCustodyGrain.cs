using TenderHall.Crypto.Custody;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Bidding;

/// <summary>The threshold custody of one tender's opening key.</summary>
[GrainType("th-tender-custody")]
public sealed class TenderCustodyGrain(
    [PersistentState("tender-custody", StorageNames.Default)] IPersistentState<TenderCustodyState> state,
    IGrainFactory grains) : Grain, ITenderCustodyGrain
{
    /// <inheritdoc />
    public async Task<OpeningKeyView> Create(CustodyRequest request)
    {
        var (suite, policy) = CustodyRules.Validate(request);
        // Only the tender grain calls this, and only while the tender is unpublished: a publication retried with other
        // custodians gets a new key; one retried unchanged keeps its key.
        if (state.State.Key is { } existing && existing.Custodians.SequenceEqual(request.Custodians) && existing.Threshold == request.Threshold
            && existing.Suite == suite.ToString() && existing.Policy == policy.ToString())
            return existing;

        var keys = new List<EncryptionPublicKey>();
        foreach (var custodian in request.Custodians) keys.Add(await EncryptionKeyOf(custodian, suite));
        // The private key lives only inside Create: it is split, each share wrapped to its custodian, and dropped.
        var bundle = OpeningKeyCustody.Create(suite, request.Threshold, keys);
        var key = new OpeningKeyView
        {
            TenderId = this.GetPrimaryKeyString(), Suite = suite.ToString(), Policy = policy.ToString(),
            PublicKey = Convert.ToBase64String(bundle.OpeningKey.Raw), KeyId = Convert.ToHexStringLower(bundle.OpeningKey.KeyId),
            Threshold = request.Threshold, Custodians = [.. request.Custodians],
            BidderPartMinutes = policy == Crypto.Envelopes.EnvelopePolicy.BidderAndQuorum ? request.BidderPartMinutes : 0,
        };
        state.State.Key = key;
        state.State.Shares = [.. bundle.Shares.Select((share, i) => new CustodianShare
        {
            CustodianId = request.Custodians[i], CustodianKeyId = Convert.ToHexStringLower(share.CustodianKeyId), X = share.X,
            WrappedShare = Convert.ToBase64String(share.WrappedShare),
        })];
        await state.WriteStateAsync();
        return key;
    }

    /// <inheritdoc />
    public Task<OpeningKeyView?> Get() => Task.FromResult(state.State.Key);

    /// <inheritdoc />
    public Task<CustodianShare> ShareOf(string custodianId) =>
        Task.FromResult(state.State.Shares.FirstOrDefault(s => s.CustodianId == custodianId)
                        ?? throw RuleViolationException.Of("BID-CUSTODIAN", ("id", custodianId), ("tender", this.GetPrimaryKeyString())));

    private async Task<EncryptionPublicKey> EncryptionKeyOf(string custodian, Crypto.CryptoSuite suite)
    {
        var profile = await grains.GetGrain<IOrganizationGrain>(custodian).Get()
                      ?? throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", custodian));
        var algorithm = EncryptionKeys.AlgorithmOf(suite);
        var record = profile.Keys.LastOrDefault(k => k.Use == "encryption" && k.Algorithm == algorithm && k.RetiredAt is null)
                     ?? throw RuleViolationException.Of("BID-CUSTODY", ("detail", $"custodian {custodian} has no current {algorithm} encryption key"));
        return EncryptionKeys.FromSubjectPublicKeyInfo(suite, Convert.FromBase64String(record.SubjectPublicKeyInfo));
    }
}
