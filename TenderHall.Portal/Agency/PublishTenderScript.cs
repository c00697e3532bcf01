namespace TenderHall.Portal.Agency;

/// <summary>
/// Uploads the tender documents (<c>POST /api/v1/blobs</c>, with progress; named by SHA-256) and publishes the announcement
/// with the schedule (checked by the deadline engine as typed, and again by the platform at publication), the documents and
/// the opening key's custody (<c>POST /api/v1/tenders/{id}/publish</c>).
/// </summary>
public static class PublishTenderScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = AgencyPagesScript.Common + SchedulePreviewScript.Source + TenderSummaryScript.Source + """
        (() => {
          const { data, $, beijing, instant, local, status, call, upload, refuse, required, run, form, act, me, fill, restore } = agency;
          // The uploaded documents' name, kept with the form across a sign-in.
          const documents = () => $('documents-sha').value;
          const versions = view => fill('versions', view.documents, d => [d.version, d.sha256, d.size, beijing(d.publishedAt), d.note]);
          $('documents').addEventListener('change', () => { $('documents-sha').value = ''; $('uploaded').hidden = true; });
          act('upload', async () => {
            const file = $('documents').files[0];
            if (!file) throw refuse([{ field: 'documents', text: data.uploadFirst }]);
            const blob = await upload('/api/v1/blobs', file, $('upload-progress'));
            $('documents-sha').value = blob.sha256Hex;
            $('uploaded').textContent = data.uploaded.replace('{name}', file.name).replace('{size}', file.size).replace('{sha}', blob.sha256Hex);
            $('uploaded').hidden = false;
          });
          form('publish-form', async () => {
            if (!documents()) throw refuse([{ field: 'documents', text: data.uploadFirst }]);
            required(['sale-end', 'bid-deadline', 'announcement', 'custodians', 'threshold']);
            const dates = schedule.values();
            const view = await call('POST', tender.url('/publish'), {
              saleStart: dates.saleStart, saleEnd: dates.saleEnd, bidDeadline: dates.bidDeadline, announcement: $('announcement').value.trim(), documentSha256: documents(),
              custody: {
                custodians: $('custodians').value.split(/[\s,，]+/).filter(c => c), threshold: Number($('threshold').value),
                suite: $('suite').value, policy: $('policy').value,
              },
            });
            versions(view);
            await tender.load();
            status(data.published.replace('{deadline}', beijing(view.schedule.bidDeadline)));
            $('published').hidden = false;
            $('publish-form').hidden = true;
          });
          run(async () => {
            await me();
            const view = await tender.load();
            versions(view);
            // The dates planned on the scheduling page come along in the address; a form kept across a sign-in wins.
            const planned = new URLSearchParams(location.search);
            if (!restore()) for (const [name, id] of [['saleStart', 'sale-start'], ['saleEnd', 'sale-end'], ['bidDeadline', 'bid-deadline']])
              if (planned.get(name)) $(id).value = local(planned.get(name));
            await schedule.start(view.regime);
          });
        })();
        """;
}
