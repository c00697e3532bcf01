namespace TenderHall.Api.Tests.Reliability;

/// <summary>
/// Test-only switchboard of injected storage failures: the N-th write of a matching grain, the N-th blob stored or the N-th call to a grain,
/// fails once, before it reaches storage or after it committed (a lost acknowledgement).
/// </summary>
public sealed class StorageFaults
{
    private readonly Lock gate = new();
    private readonly List<Armed> armed = [];
    private readonly Dictionary<string, int> committed = new(StringComparer.Ordinal);

    /// <summary>Fails the <paramref name="nth"/> write of a grain of <paramref name="grainType"/> whose key contains <paramref name="keyPart"/>.</summary>
    public void FailWrite(string grainType, string keyPart, int nth = 1, bool afterCommit = false)
    {
        lock (gate) armed.Add(new Armed($"{grainType}/", keyPart, nth, afterCommit));
    }

    /// <summary>What a grain call's target starts with in <see cref="Check"/>, as checked by <see cref="FaultyCalls"/>.</summary>
    public const string CallPrefix = "call:";

    /// <summary>Fails the <paramref name="nth"/> call to a grain of <paramref name="grainType"/> whose key contains <paramref name="keyPart"/>.</summary>
    public void FailCall(string grainType, string keyPart, int nth = 1) => FailWrite(CallPrefix + grainType, keyPart, nth);

    /// <summary>Fails the <paramref name="nth"/> blob stored from now on.</summary>
    public void FailBlobPut(int nth = 1, bool afterCommit = false) => FailWrite("blob", "", nth, afterCommit);

    /// <summary>How many writes of the grain with this type and key storage has committed.</summary>
    public int Committed(string grainType, string key)
    {
        lock (gate) return committed.GetValueOrDefault($"{grainType}/{key}");
    }

    /// <summary>Throws when the write of <paramref name="target"/> at this stage is the one armed to fail.</summary>
    public void Check(string target, bool committed)
    {
        lock (gate)
        {
            if (committed) this.committed[target] = this.committed.GetValueOrDefault(target) + 1;
            var hit = armed.FirstOrDefault(a => target.StartsWith(a.Prefix, StringComparison.Ordinal) && target.Contains(a.KeyPart, StringComparison.Ordinal));
            if (hit is null) return;
            if (!committed) hit.Seen++;
            if (hit.Seen < hit.Nth || hit.AfterCommit != committed) return;
            armed.Remove(hit);
        }

        throw new InjectedStorageFault(target, committed);
    }

    private sealed class Armed(string prefix, string keyPart, int nth, bool afterCommit)
    {
        public string Prefix { get; } = prefix;
        public string KeyPart { get; } = keyPart;
        public int Nth { get; } = nth;
        public bool AfterCommit { get; } = afterCommit;
        public int Seen { get; set; }
    }
}
