using TenderHall.Documents;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Demo;

/// <summary>
/// Puts the demo items into the directory the way any item gets there: each department's head proposes it with a sample form
/// of its first material, the centre reviews it, the provincial government approves it from today. An item with a version is left alone.
/// </summary>
internal static class DemoItemDirectory
{
    private static readonly Actor Centre = new("admin", null, [Roles.CentreAdmin], null);
    private static readonly Actor Province = new("province1", "gov-province", [Roles.ProvincialGovernment], null);

    public static async Task SeedAsync(IGrainFactory grains, IBlobStore blobs, DateTimeOffset now)
    {
        var today = BeijingTime.DateOf(now);
        foreach (var item in DemoLicensingItems.All())
        {
            var grain = grains.GetGrain<ILicensingItemGrain>(item.Code);
            if ((await grain.Versions()).Versions.Count > 0) continue;
            item.SampleForms = [await Sample(item, blobs, now)];
            var proposal = await grain.Proposal();
            if (proposal is null or { Status: ProposalStatus.Returned })
            {
                var head = new Actor($"head-{item.DepartmentId}", item.DepartmentId, [Roles.DepartmentHead], null);
                proposal = await grain.Propose(DirectoryChange.Add, item, today, "纳入政务服务中心事项目录", head);
            }

            if (proposal.Status == ProposalStatus.Proposed) proposal = await grain.Review(true, "要素齐全，符合十公开要求", Centre);
            if (proposal.Status == ProposalStatus.Reviewed) await grain.Decide(true, "同意", "琼府函〔2026〕8号", today, Province);
        }
    }

    // A one-page sample of the item's first material, stored like any upload (named by its SHA-256).
    private static async Task<SampleForm> Sample(LicensingItem item, IBlobStore blobs, DateTimeOffset now)
    {
        CjkFontResolver.Register();
        var material = item.Materials[0];
        var pdf = new PdfDocumentBuilder($"{material}（示范文本）", now).Subject(item.Name)
            .Header("事项编码", item.Code).Header("许可事项", item.Name).Header("法定依据", item.LegalBasis)
            .Note("本示范文本供申请人参照填写，内容须真实、完整（《中华人民共和国行政许可法》第三十一条）。").Build();
        using var content = new MemoryStream(pdf);
        var blob = await blobs.PutAsync(content, CancellationToken.None);
        return new SampleForm { Material = material, Sha256 = blob.Sha256Hex, FileName = $"{item.Code}-sample.pdf" };
    }
}
