using System.Net.Http.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Tests.Licensing;

/// <summary>The three steps of the item directory through the API: the department head proposes, the centre reviews, the province decides.</summary>
internal sealed class DirectoryFlow(PlatformFactory platform, string itemCode)
{
    /// <summary>Today in Beijing by the platform's clock.</summary>
    public DateOnly Today => BeijingTime.DateOf(platform.Clock.GetUtcNow());

    public HttpClient Centre => platform.ClientAs(Roles.CentreAdmin, "dept-centre", "centre-admin");

    public HttpClient Province => platform.ClientAs(Roles.ProvincialGovernment, "gov-province", "province-official");

    public HttpClient Head(string department) => platform.ClientAs(Roles.DepartmentHead, department, "head-" + department);

    public string Path(string rest = "") => $"/api/v1/licensing/items/{itemCode}{rest}";

    public Task<HttpResponseMessage> Propose(HttpClient head, string change, object? item, DateOnly from, string reason = "调整事项") =>
        head.PostAsJsonAsync(Path("/proposal"), new { change, item, effectiveFrom = from, reason });

    public Task<HttpResponseMessage> Review(HttpClient client, bool approve = true, string opinion = "要素齐全，同意报批") =>
        client.PostAsJsonAsync(Path("/proposal/review"), new { approve, opinion });

    public Task<HttpResponseMessage> Decide(HttpClient client, bool approve = true, DateOnly? from = null, string document = "琼府函〔2025〕12号") =>
        client.PostAsJsonAsync(Path("/proposal/decision"), new { approve, opinion = approve ? "同意" : "不同意", approvalDocument = document, effectiveFrom = from });

    /// <summary>Takes <paramref name="item"/> through all three steps from <paramref name="from"/> (today when null).</summary>
    public async Task Approve(string department, string change, object? item, DateOnly? from = null)
    {
        using var head = Head(department);
        await LicensingScenario.Ok(await Propose(head, change, item, from ?? Today));
        using var centre = Centre;
        await LicensingScenario.Ok(await Review(centre));
        using var province = Province;
        await LicensingScenario.Ok(await Decide(province));
    }
}
