using System.Data.Common;

namespace TenderHall.Api.Tests.Reliability;

/// <summary>A database failure injected by <see cref="StorageFaults"/>; the platform sees it as it would see a real one.</summary>
public sealed class InjectedStorageFault(string target, bool committed)
    : DbException($"Injected storage fault writing {target} ({(committed ? "after the commit: the acknowledgement is lost" : "before the commit")}).");
