using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Portal;

/// <summary>
/// The agency's pages driven as its clerk would, in a browser context of its own (one per role): register the project,
/// register and schedule the tender with the earliest legal dates the deadline engine offers, upload the documents,
/// publish. Each step can be used alone; <see cref="RegisterScheduleAndPublish"/> runs them all.
/// </summary>
internal sealed partial class AgencyDesk : IAsyncDisposable
{
    private readonly BrowserPlatform browser;

    private AgencyDesk(BrowserPlatform browser, TenderScenario scenario, IBrowserContext context, PortalTab tab)
    {
        this.browser = browser;
        Scenario = scenario;
        Context = context;
        Tab = tab;
    }

    /// <summary>The scenario whose agency signs in (its ids, custodians and clients).</summary>
    public TenderScenario Scenario { get; }

    /// <summary>The agency's browser context (it bypasses the pages' CSP so axe-core can be injected).</summary>
    public IBrowserContext Context { get; }

    public PortalTab Tab { get; }

    public IPage Page => Tab.Page;

    /// <summary>The agency's desk (<c>/agency</c>) in a new context, signed in with the scenario's agency token.</summary>
    public static async Task<AgencyDesk> Open(BrowserPlatform browser, TenderScenario scenario, string locale = "zh-CN")
    {
        var context = await browser.Browser.NewContextAsync(new() { Locale = locale, BypassCSP = true });
        var tab = await PortalTab.Open(browser, context, scenario.Agency, "/agency");
        Assert.True(await tab.Done(), await tab.Errors());
        return new AgencyDesk(browser, scenario, context, tab);
    }

    /// <summary>Opens <paramref name="path"/> in the tab and waits for its script's first answer.</summary>
    public async Task Go(string path)
    {
        await Page.GotoAsync(new Uri(browser.BaseAddress, path).ToString());
        Assert.True(await Tab.Done(), await Tab.Errors());
    }

    /// <summary>Everything: the parties, the project, the tender with the earliest legal schedule, the documents, the publication.</summary>
    public async Task<string> RegisterScheduleAndPublish(byte[]? documents = null)
    {
        await Scenario.RegisterParties();
        await RegisterProject();
        await Go($"/agency/tenders/new?project={Scenario.ProjectCode}");
        await FillTender(depositYuan: "500000");
        await Preview();
        await Page.ClickAsync("#use-earliest");
        await Preview();
        var id = await SubmitTender();
        await UploadDocuments(documents ?? "招标文件正文（页面上传）"u8.ToArray());
        await Publish();
        return id;
    }

    /// <summary>Registers the scenario's project with its approved scheme (one lot, 一标段) on <c>/agency/projects/new</c>.</summary>
    public async Task RegisterProject()
    {
        await Go("/agency/projects/new");
        await FillProject();
        Assert.True(await Tab.Click("#project-form button[type=submit]"), await Tab.Errors());
    }

    /// <summary>Fills the project form with the scenario's code.</summary>
    public async Task FillProject()
    {
        await Page.FillAsync("#code", Scenario.ProjectCode);
        await Page.FillAsync("#name", "页面登记道路工程");
        await Page.FillAsync("#tenderee", "海口市交通局");
        await Page.FillAsync("#value", "50000000");
        await Page.CheckAsync("#state-funded");
        await Page.FillAsync("#scope", "一标段");
        await Page.FillAsync("#approved-by", "dept-drc");
        await Page.FillAsync("#approval-number", "琼发改〔2025〕1号");
    }

    /// <summary>Fills the tender part of <c>/agency/tenders/new</c> (the project is chosen by the address).</summary>
    public async Task FillTender(string depositYuan)
    {
        await Page.SelectOptionAsync("#lot", "一标段");
        await Page.FillAsync("#title", "页面登记道路工程一标段施工");
        await Page.FillAsync("#estimate", "40000000");
        await Page.FillAsync("#deposit", depositYuan);
        await Page.FillAsync("#fee", "300");
    }

    /// <summary>Waits until the schedule preview shows the engine's answer to what is typed.</summary>
    public async Task Preview() => await Page.WaitForSelectorAsync("body[data-preview=ready]", new() { Timeout = 30_000 });

    /// <summary>Registers the tender; the page goes on to the publishing page, whose address names the new tender.</summary>
    public async Task<string> SubmitTender()
    {
        await Page.EvaluateAsync("() => { document.body.dataset.page = ''; }");
        await Page.ClickAsync("#tender-form button[type=submit]");
        await Page.WaitForURLAsync(PublishAddress(), new() { Timeout = 30_000 });
        Assert.True(await Tab.Done(), await Tab.Errors());
        var id = PublishAddress().Match(Page.Url).Groups[1].Value;
        Scenario.Use(id);
        return id;
    }

    /// <summary>Uploads <paramref name="bytes"/> as the tender documents on the publishing page.</summary>
    public async Task UploadDocuments(byte[] bytes)
    {
        await Page.SetInputFilesAsync("#documents", new FilePayload { Name = "招标文件.pdf", MimeType = "application/pdf", Buffer = bytes });
        Assert.True(await Tab.Click("#upload"), await Tab.Errors());
    }

    /// <summary>Publishes with the scenario's custodians (two of three open) and the dates on the page.</summary>
    public async Task Publish()
    {
        await Page.FillAsync("#announcement", "页面发布的招标公告");
        await Page.FillAsync("#custodians", string.Join("\n", Scenario.Custodians.Keys));
        await Page.FillAsync("#threshold", "2");
        Assert.True(await Tab.Click("#publish-form button[type=submit]"), await Tab.Errors());
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    [GeneratedRegex(@"/agency/tenders/([^/?]+)/publish")]
    private static partial Regex PublishAddress();
}
