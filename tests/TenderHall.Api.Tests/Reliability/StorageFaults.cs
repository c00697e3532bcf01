namespace TenderHall.Api.Tests.Reliability;

/// <summary>
/// Test-only switchboard of injected storage failures: the N-th write of a matching grain, or the N-th blob stored,
/// fails once, before it reaches storage or after it committed (a lost acknowledgement).
/// </summary>
public sealed class StorageFaults
{
    private readonly Lock gate = new();
    private readonly List<Armed> armed = [];

    /// <summary>Fails the <paramref name="nth"/> write of a grain of <paramref name="grainType"/> whose key contains <paramref name="keyPart"/>.</summary>
    public void FailWrite(string grainType, string keyPart, int nth = 1, bool afterCommit = false)
    {
        lock (gate) armed.Add(new Armed($"{grainType}/", keyPart, nth, afterCommit));
    }

    /// <summary>Fails the <paramref name="nth"/> blob stored from now on.</summary>
    public void FailBlobPut(int nth = 1, bool afterCommit = false) => FailWrite("blob", "", nth, afterCommit);

    /// <summary>Throws when the write of <paramref name="target"/> at this stage is the one armed to fail.</summary>
    public void Check(string target, bool committed)
    {
        lock (gate)
        {
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
