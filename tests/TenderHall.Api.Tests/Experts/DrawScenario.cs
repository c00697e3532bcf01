using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Opening;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto.Draw;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Api.Tests.Experts;

/// <summary>A tender past its deadline with three bidders, a fresh group of experts, and a supervisor ready to witness its draw.</summary>
internal sealed class DrawScenario
{
    private readonly PlatformFactory platform;

    private DrawScenario(PlatformFactory platform, OpeningScenario opening, List<ExpertProfile> experts, string bidderEmployee)
    {
        this.platform = platform;
        Opening = opening;
        Experts = experts;
        BidderEmployee = bidderEmployee;
    }

    public OpeningScenario Opening { get; }

    public TenderScenario Tender => Opening.Tender;

    public List<ExpertProfile> Experts { get; }

    /// <summary>An expert employed by a bidder: never eligible.</summary>
    public string BidderEmployee { get; }

    public string Url => $"/api/v1/tenders/{Tender.TenderId}/draw";

    public byte[] Contribution { get; } = RandomNumberGenerator.GetBytes(32);

    public static async Task<DrawScenario> Create(PlatformFactory platform, object? evaluationMethod = null)
    {
        var opening = await OpeningScenario.Create(platform, 3, evaluationMethod: evaluationMethod);
        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        var bidder = (await grains.GetGrain<IOrganizationGrain>(opening.Bidders[0].Id).Get())!;
        var prefix = "dx-" + Guid.NewGuid().ToString("N")[..6];
        var experts = new List<ExpertProfile>();
        for (var i = 0; i < 19; i++)
        {
            var expert = new ExpertProfile
            {
                Id = $"{prefix}-{i:D2}", Name = $"专家{prefix}{i:D2}", Specialties = [i < 9 ? "A05" : "C02"], EmployerCreditCode = i == 0 ? bidder.CreditCode : TestCreditCodes.New("12"),
                EmployerName = "单位", Title = "高级工程师", TitleLevel = TitleLevel.Senior, YearsInField = 10, Region = "460100", Mobile = $"1390000{i:D4}",
            };
            experts.Add(await grains.GetGrain<IExpertGrain>(expert.Id).Register(expert));
        }

        return new DrawScenario(platform, opening, experts, experts[0].Id);
    }

    /// <summary>The committee asked for: 5 seats, 1 tenderee representative, A05 3 + 2 backups, C02 1 + 1 backup.</summary>
    public object Request(int size = 5, int tenderee = 1) => new
    {
        evaluationAt = Tender.Now.AddDays(1), committeeSize = size, tendereeSeats = tenderee, tendereeCreditCode = TestCreditCodes.New("11"),
        seats = new object[] { new { specialty = "A05", seats = 3, backups = 2 }, new { specialty = "C02", seats = 1, backups = 1 } },
    };

    public HttpClient ExpertClient(string expertId) => platform.ClientAs(Roles.Expert, expertId, "user-" + expertId);

    /// <summary>Requests the draw, checks the supervisor in and commits their contribution.</summary>
    public async Task Commit()
    {
        TenderScenario.Ok(await Tender.Agency.PostAsJsonAsync(Url, Request()));
        TenderScenario.Ok(await Opening.Supervisor.PostAsync($"{Url}/check-in", null));
        TenderScenario.Ok(await Opening.Supervisor.PostAsJsonAsync($"{Url}/commit",
            new { commitment = Convert.ToHexStringLower(DrawHashing.ContributionCommitment(Contribution)) }));
    }

    /// <summary>Requests, witnesses and performs the draw; returns the supervisor's view.</summary>
    public async Task<JsonElement> Draw()
    {
        await Commit();
        return await TenderScenario.Read(await Opening.Supervisor.PostAsJsonAsync($"{Url}/contribution", new { contribution = Convert.ToHexStringLower(Contribution) }));
    }

    /// <summary>The expert now called to <paramref name="seat"/> declines; returns the supervisor's view after it.</summary>
    public async Task<JsonElement> Decline(string seat)
    {
        var holder = Seats(await ViewAs(Opening.Supervisor)).Single(s => s.GetProperty("seat").GetString() == seat && s.GetProperty("status").GetString() == "Notified");
        TenderScenario.Ok(await ExpertClient(holder.GetProperty("expertId").GetString()!).PostAsJsonAsync($"{Url}/response", new { accept = false }));
        return await ViewAs(Opening.Supervisor);
    }

    /// <summary>Every expert still called confirms, the clock passes the evaluation and supervision reveals the draw; returns the public document.</summary>
    public async Task<JsonElement> ConfirmAllAndReveal()
    {
        var declaration = (await Declaration()).GetProperty("zh").GetString();
        foreach (var seat in Seats(await ViewAs(Opening.Supervisor)).Where(s => s.GetProperty("status").GetString() == "Notified"))
            TenderScenario.Ok(await ExpertClient(seat.GetProperty("expertId").GetString()!).PostAsJsonAsync($"{Url}/response", new { accept = true, declaration }));
        Tender.Advance(TimeSpan.FromDays(1));
        TenderScenario.Ok(await Opening.Supervisor.PostAsJsonAsync($"{Url}/reveal", new { ground = "中标结果已确定（测试）" }));
        return JsonDocument.Parse(await Tender.Anonymous.GetStringAsync($"{Url}/document")).RootElement;
    }

    /// <summary>The witness attaches the platform-signed draw record and countersigns it with their key; returns the supervisor's view.</summary>
    public async Task<JsonElement> CountersignedRecord()
    {
        TenderScenario.Ok(await Opening.Supervisor.PostAsJsonAsync($"{Url}/record", new { recordings = new[] { new { name = "抽取录像.mp4", sha256 = new string('d', 64) } } }));
        var view = await TenderScenario.Read(await Opening.Supervisor.PostAsJsonAsync($"{Url}/record/signing-request", new { }));
        var attributes = Convert.FromBase64String(view.GetProperty("signingRequest").GetProperty("signedAttributes").GetString()!);
        return await TenderScenario.Read(await Opening.Supervisor.PostAsJsonAsync($"{Url}/record/countersign",
            new { signature = Convert.ToBase64String(Opening.SupervisorKey.Sign(attributes)) }));
    }

    public async Task<JsonElement> ViewAs(HttpClient client) => await TenderScenario.Read(await client.GetAsync(Url));

    public static List<JsonElement> Seats(JsonElement view) => [.. view.GetProperty("seats").EnumerateArray()];

    public async Task<JsonElement> Declaration() => await TenderScenario.Read(await Tender.Anonymous.GetAsync($"{Url}/declaration"));
}
