using System.Text;
using System.Text.Json;
using TenderHall.Crypto.Evidence;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Award;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Award;

/// <summary>
/// Archives a contracted tender: gathers its records, issues the trade certificate, writes the manifest, and has the tender
/// log both; later assembles the bundle and the certificate file with their proofs (docs/archive.md, docs/trade-certificate.md).
/// </summary>
public sealed class TenderArchiver(
    IGrainFactory grains, IBlobStore blobs, TenderLogAnchors anchors, PlatformClock clock,
    [FromKeyedServices(Opening.PlatformDocumentKey.ServiceKey)] SignatureKey platformKey)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Archives tender <paramref name="tenderId"/> and issues its certificate; nothing is promised before the tender logged both.</summary>
    public async Task<AwardView> Archive(string tenderId, Actor actor, CancellationToken cancellationToken)
    {
        var award = grains.GetGrain<ITenderAwardGrain>(tenderId);
        await award.RequireArchivable(actor);
        var tender = await grains.GetGrain<ITenderGrain>(tenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", tenderId));
        // BLR 46: a draw held on the platform is archived with its witness's record; the archive waits for it.
        var draw = await Draw(tenderId, actor);
        if (draw is { Status: DrawStatus.Sealed or DrawStatus.Revealed, RecordCountersigned: false })
            throw RuleViolationException.Of("ARCHIVE-DRAW-RECORD", ("id", tenderId));
        var view = await award.Award();
        var now = clock.UtcNow;
        var contract = view.Contract!;
        var statement = new TradeCertificate(tender.Registration.ProjectCode, tender.Id, tender.Registration.Title, view.Award!.BidderId, view.Award.BidderName,
            contract.PdfSha256, contract.SignedAt!.Value, now).Statement();
        var certificate = JsonSerializer.SerializeToUtf8Bytes(new
        {
            format = SignedTradeCertificate.Format, statement, signature = Convert.ToBase64String(SignedTradeCertificate.Sign(statement, platformKey)),
        }, Json);
        var records = await Records(tender, view, draw, cancellationToken);
        records.Add(new ArchiveRecord("records/99-trade-certificate.json", "交易凭证", "certificate", "application/json", certificate));
        foreach (var record in records) await Put(record.Data, cancellationToken);
        var manifest = ArchiveManifest.Write(tender, view, records, await anchors.Leaves(tenderId, cancellationToken), now);
        var manifestSha = await Put(manifest, cancellationToken);
        var statementSha = await Put(Encoding.UTF8.GetBytes(statement), cancellationToken);
        return await award.Archive(manifestSha, statementSha, actor);
    }

    /// <summary>The archive bundle with the proofs of every log entry of the tender, the archive's own included.</summary>
    public async Task<byte[]> Bundle(string tenderId, CancellationToken cancellationToken)
    {
        var (manifest, records) = await Manifest(tenderId, cancellationToken);
        var files = new List<(string, byte[])>();
        foreach (var record in records) files.Add((record.Path, await Read(record.Sha256, cancellationToken)));
        return TenderArchive.Bundle(manifest, files, await anchors.All(tenderId, cancellationToken));
    }

    /// <summary>The trade certificate file: the signed statement with the log entry that archived the tender and named it.</summary>
    public async Task<string> Certificate(string tenderId, CancellationToken cancellationToken)
    {
        var (_, records) = await Manifest(tenderId, cancellationToken);
        var signed = JsonDocument.Parse(await Read(records.Single(r => r.Category == "certificate").Sha256, cancellationToken)).RootElement;
        var statement = signed.GetProperty("statement").GetString()!;
        var archived = (await anchors.All(tenderId, cancellationToken)).Last(a => a.Text("type") == "tender.archived");
        return new SignedTradeCertificate(statement, signed.GetProperty("signature").GetBytesFromBase64(), archived).ToJson();
    }

    private async Task<(byte[] Manifest, List<(string Path, string Sha256, string Category)> Records)> Manifest(string tenderId, CancellationToken cancellationToken)
    {
        var view = await grains.GetGrain<ITenderAwardGrain>(tenderId).Award();
        var sha = view.ArchiveManifestSha256 ?? throw RuleViolationException.Of("TENDER-STATE", ("id", tenderId), ("status", view.Status), ("action", "read the archive"));
        var manifest = await Read(sha, cancellationToken);
        var records = JsonDocument.Parse(manifest).RootElement.GetProperty("records").EnumerateArray()
            .Select(r => (r.GetProperty("path").GetString()!, r.GetProperty("fixity").GetProperty("value").GetString()!, r.GetProperty("category").GetString()!)).ToList();
        return (manifest, records);
    }

    private async Task<List<ArchiveRecord>> Records(TenderView tender, AwardView view, DrawView? draw, CancellationToken cancellationToken)
    {
        var records = new List<ArchiveRecord>
        {
            new("records/01-announcement.txt", "招标公告", "announcement", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(tender.Announcement)),
        };
        foreach (var document in tender.Documents)
            records.Add(new($"records/02-documents-v{document.Version}.bin", $"招标文件（第 {document.Version} 版）", "documents", "application/octet-stream",
                await Read(document.Sha256, cancellationToken), document.Version == 1 ? "tender.announced" : null, "documentsSha256"));
        records.Add(new("records/03-clarifications.json", "澄清与修改", "clarifications", "application/json", JsonSerializer.SerializeToUtf8Bytes(tender.Clarifications, Json)));
        // EBM 28: each bid's receipt, checked against the bid.received entry it names (ArchivedReceipt).
        foreach (var (receipt, i) in (await anchors.Receipts(tender.Id)).Select((r, i) => (r, i + 1)))
            records.Add(new($"records/03-bid-receipt-{i}.json", "投标文件接收回执", ArchivedReceipt.Category, "application/json", JsonSerializer.SerializeToUtf8Bytes(receipt, Json),
                "bid.received", "envelopeSha256", receipt.Index));
        var opening = await grains.GetGrain<IOpeningSessionGrain>(tender.Id).Get();
        if (opening.RecordPdfSha256 is { } openingSha)
            records.Add(new("records/04-opening-record.pdf", "开标记录", "opening-record", "application/pdf", await Read(openingSha, cancellationToken), "tender.opened", "recordPdfSha256"));
        if (draw is { RecordCountersigned: true, RecordPdfSha256: { } drawSha })
            records.Add(new("records/05-draw-record.pdf", "专家抽取记录", "draw-record", "application/pdf", await Read(drawSha, cancellationToken),
                "draw.record-countersigned", "recordPdfSha256"));
        if (draw is { Status: DrawStatus.Revealed, DocumentSha256: { } documentSha })
            records.Add(new("records/05-draw-document.json", "专家抽取结果（公开文件）", "draw-document", "application/json", await Read(documentSha, cancellationToken),
                "draw.revealed", "documentSha256"));
        if (view.Result is { } result && await blobs.StatAsync(result.ReportSha256, cancellationToken) is not null)
            records.Add(new("records/06-evaluation-report.pdf", "评标报告", "evaluation-report", "application/pdf", await Read(result.ReportSha256, cancellationToken),
                "tender.candidates-published", "reportSha256"));
        records.Add(new("records/07-publicity.json", "中标候选人公示", "publicity", "application/json",
            JsonSerializer.SerializeToUtf8Bytes(new { view.Result, view.PublicityFrom, view.PublicityUntil }, Json)));
        foreach (var (decision, i) in view.Declined.Append(view.Award!).Select((d, i) => (d, i + 1)))
        {
            records.Add(new($"records/08-award-notice-{i}.pdf", "中标通知书", "award-notice", "application/pdf", await Read(decision.NoticePdfSha256, cancellationToken), "tender.awarded", "noticePdfSha256"));
            records.Add(new($"records/08-result-notice-{i}.pdf", "中标结果通知书", "result-notice", "application/pdf", await Read(decision.ResultPdfSha256, cancellationToken), "tender.awarded", "resultPdfSha256"));
        }

        records.Add(new("records/09-contract.pdf", "合同", "contract", "application/pdf", await Read(view.Contract!.PdfSha256, cancellationToken), "tender.contracted", "contractPdfSha256"));
        if (view.ReportPdfSha256 is { } reportSha)
            records.Add(new("records/10-written-report.pdf", "招标投标情况书面报告", "written-report", "application/pdf", await Read(reportSha, cancellationToken), "tender.report-filed", "reportPdfSha256"));
        return records;
    }

    private async Task<DrawView?> Draw(string tenderId, Actor actor)
    {
        try
        {
            return await grains.GetGrain<IExpertDrawGrain>(tenderId).Get(actor);
        }
        catch (RuleViolationException e) when (e.Rule == "DRAW-STATE")
        {
            // No draw was requested on the platform for this tender: the archive goes without one.
            return null;
        }
    }

    private async Task<string> Put(byte[] data, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(data);
        return (await blobs.PutAsync(stream, cancellationToken)).Sha256Hex;
    }

    private async Task<byte[]> Read(string sha256, CancellationToken cancellationToken)
    {
        await using var stream = await blobs.OpenReadAsync(sha256, cancellationToken) ?? throw new IOException($"Record {sha256} is missing from the blob store.");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }
}
