using System.Net.Http.Headers;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Tendering;

namespace TenderHall.Benchmarks.Bidding;

/// <summary>
/// What <see cref="BidTender"/> needs of a running platform: the one the benchmarks start in process
/// (<see cref="BenchPlatform"/>), or the silos of a fault drill reached over HTTP only (<c>Faults/RemotePlatform</c>).
/// </summary>
public interface IBidPlatform
{
    /// <summary>One client for every caller: each request carries its own bearer token.</summary>
    HttpClient Http { get; }

    /// <summary>The data directory whose simulated bank signs the document-fee callbacks.</summary>
    string DataDirectory { get; }

    /// <summary>The platform clock's current instant.</summary>
    DateTimeOffset Now { get; }

    /// <summary>The statutory deadline engine, for the earliest legal schedule.</summary>
    TenderDeadlines Deadlines { get; }

    /// <summary>A bearer token for a user with <paramref name="role"/> in <paramref name="organizationId"/>.</summary>
    AuthenticationHeaderValue TokenFor(string role, string organizationId, string userName);

    /// <summary>Registers an organisation in the centre's directory.</summary>
    Task RegisterAsync(string id, OrganizationProfile profile);
}
