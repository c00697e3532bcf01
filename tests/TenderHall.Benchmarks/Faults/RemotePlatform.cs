using System.Net.Http.Headers;
using System.Net.Http.Json;
using TenderHall.Api.Auth;
using TenderHall.Benchmarks.Bidding;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Deadlines;
using TenderHall.Grains.Tendering;

namespace TenderHall.Benchmarks.Faults;

/// <summary>
/// Silos started by <c>eng/faults.sh</c>, reached over HTTP only: tokens are signed with the drill's test authority key
/// (<c>TenderHall:Auth:TestAuthorityKey</c>), organisations are registered by a centre administrator through the API,
/// and the clock is the wall clock (the cluster profile refuses a sandbox clock).
/// </summary>
public sealed class RemotePlatform(IReadOnlyList<Uri> silos, string dataDirectory) : IBidPlatform, IDisposable
{
    private readonly TokenIssuer issuer = new(SigningKeyStore.LoadOrCreate(DrillKeys.TokenKeyPath(dataDirectory)), new AuthOptions(), TimeProvider.System);

    /// <summary>Every silo's HTTP address; setup goes to the first.</summary>
    public IReadOnlyList<Uri> Silos { get; } = silos;

    /// <inheritdoc />
    public HttpClient Http { get; } = new(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
    {
        BaseAddress = silos[0], Timeout = TimeSpan.FromMinutes(2),
    };

    /// <inheritdoc />
    public string DataDirectory { get; } = dataDirectory;

    /// <inheritdoc />
    public DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    /// <inheritdoc />
    public TenderDeadlines Deadlines { get; } = new(ChinaCalendars.Load(), StatutoryPeriods.Default, new OpeningHours());

    /// <inheritdoc />
    public AuthenticationHeaderValue TokenFor(string role, string organizationId, string userName) =>
        new("Bearer", issuer.Issue(new AccountInfo { UserName = userName, DisplayName = userName, Roles = [role], OrganizationId = organizationId }).Token);

    /// <inheritdoc />
    public async Task RegisterAsync(string id, OrganizationProfile profile)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/organizations")
        {
            Content = JsonContent.Create(new
            {
                id, kind = profile.Kind.ToString(), nameZh = profile.NameZh, nameEn = profile.NameEn, creditCode = profile.CreditCode,
                keys = profile.Keys.Select(k => new { use = k.Use, algorithm = k.Algorithm, subjectPublicKeyInfo = k.SubjectPublicKeyInfo, certificateSerial = k.CertificateSerial }),
            }),
        };
        request.Headers.Authorization = TokenFor(Roles.CentreAdmin, "centre", "drill-admin");
        using var response = await Http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{(int)response.StatusCode} registering {id}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <inheritdoc />
    public void Dispose() => Http.Dispose();
}
