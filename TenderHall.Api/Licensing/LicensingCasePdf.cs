using TenderHall.Api.Opening;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;
using TenderHall.Documents;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Licensing;

/// <summary>Renders a case step (receipt, notice, decision) as a dated PDF signed by the platform, from the durable step only.</summary>
public sealed class LicensingCasePdf([FromKeyedServices(PlatformDocumentKey.ServiceKey)] SignatureKey platformKey)
{
    /// <summary>The signed PDF of <paramref name="step"/> of <paramref name="view"/>, dated and signed at the step's instant.</summary>
    public async Task<byte[]> Render(CaseView view, CaseStep step)
    {
        CjkFontResolver.Register();
        var title = CaseTexts.Zh(step.Kind);
        var builder = new PdfDocumentBuilder(title, step.At)
            .Subject($"{view.Item.Name}（{view.CaseNumber}）")
            .Header("办件编号", view.CaseNumber)
            .Header("许可事项", $"{view.Item.Name}（{view.Item.Code}）")
            .Header("实施部门", view.Item.DepartmentId)
            .Header("日期", BeijingTime.Format(step.At) + "（北京时间）");
        if (view.Clocks.DecisionDue is { } due) builder.Header("办理期限", BeijingTime.FormatCutOff(due) + "（北京时间）");
        if (step.Lines.Count > 0)
            builder.Table([new("序号", 0.5), new("内容", 6)], step.Lines.Select((line, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), line]));
        var pdf = builder.Note("依据《中华人民共和国行政许可法》出具；办件进度可凭办件编号公开查询。").Build();
        return await PdfSigner.SignAsync(pdf, new PdfSignatureRequest([new PdfSigningIdentity(platformKey)], step.At)
        {
            Reason = $"{title} / {CaseTexts.En(step.Kind)}", Location = "TenderHall",
        });
    }
}
