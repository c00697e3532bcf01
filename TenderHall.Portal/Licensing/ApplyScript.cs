namespace TenderHall.Portal.Licensing;

/// <summary>
/// The online application (ALL 29): checks the form (error summary), uploads each material with its progress, applies, and
/// shows the case number with the dated receipt the platform signed (its PDF fetched with the tab's token).
/// </summary>
public static class ApplyScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = LicensingPagesScript.Common + """
        (() => {
          const { data, $, token, status } = page;
          const { guard, invalid, signedOut, beijing, cutOff, keep } = licensing;
          const fields = ['applicant', 'subject', 'amount', ...(data.gated ? ['project-kind', 'certificate'] : []), ...(data.gated || data.fastTrack ? ['project-code'] : [])];
          const forget = keep(`tenderhall.apply.${data.item}`, fields);
          if (!token) signedOut();
          const files = () => [...document.querySelectorAll('input[type=file][data-material]')].filter(i => i.files[0]);
          const check = () => {
            const v = id => $(id).value.trim(), problems = [];
            if (!v('applicant')) problems.push({ field: 'applicant', text: data.errors.applicant });
            if (!v('subject')) problems.push({ field: 'subject', text: data.errors.subject });
            if (v('amount') && !/^(0|[1-9][0-9]{0,14})(\.[0-9]{1,2})?$/.test(v('amount'))) problems.push({ field: 'amount', text: data.errors.amount });
            if (data.gated && v('project-kind') !== 'Other' && !v('project-code')) problems.push({ field: 'project-code', text: data.errors.projectCode });
            // 特事特办: a fast-track item's project is named by its national investment project code (DIR-PROJECT-CODE on the server).
            else if (data.fastTrack && v('project-code') && !/^[0-9]{4}-[0-9]{6}-[0-9]{2}-[0-9]{2}-[0-9]{6}$/.test(v('project-code')))
              problems.push({ field: 'project-code', text: data.errors.projectCodeFormat });
            if (files().length === 0) problems.push({ field: 'material-0', text: data.errors.materials });
            if (problems.length) throw invalid(problems);
          };
          // Each material goes to the blob store first, its progress shown; the application then names it by SHA-256.
          const upload = input => new Promise((resolve, reject) => {
            const request = new XMLHttpRequest(), bar = $(input.id + '-progress');
            request.open('POST', '/api/v1/licensing/materials');
            request.setRequestHeader('Authorization', 'Bearer ' + token);
            request.setRequestHeader('Accept', 'application/json');
            request.setRequestHeader('Accept-Language', document.documentElement.lang);
            request.setRequestHeader('Content-Type', 'application/octet-stream');
            request.upload.onprogress = e => { if (e.lengthComputable) { bar.max = e.total; bar.value = e.loaded; } };
            request.onload = () => {
              const body = JSON.parse(request.responseText || '{}');
              if (request.status < 300) { bar.max = 1; bar.value = 1; return resolve(body.sha256Hex); }
              reject(Object.assign(new Error(body.detail || body.title || `HTTP ${request.status}`), { status: request.status, rule: body.rule }));
            };
            request.onerror = () => reject(new Error(`HTTP ${request.status}`));
            request.send(input.files[0]);
          });
          const certificate = text => { try { return JSON.parse(text); } catch { return text; } };
          $('apply-form').addEventListener('submit', e => {
            e.preventDefault();
            guard(async () => {
              check();
              $('submit').disabled = true;
              try {
                const materials = [];
                for (const input of files()) {
                  status(`${data.uploading} ${input.dataset.material}`);
                  materials.push({ name: input.dataset.material, sha256: await upload(input) });
                }
                const v = id => $(id).value.trim();
                const view = await page.call('POST', '/api/v1/licensing/cases', {
                  itemCode: data.item, applicantName: v('applicant'), subject: v('subject'), amountYuan: v('amount') ? Number(v('amount')) : null, materials,
                  ...(data.gated ? { projectKind: v('project-kind'), tradeCertificate: v('certificate') ? certificate(v('certificate')) : null } : {}),
                  ...(data.gated || data.fastTrack ? { projectCode: v('project-code') || null } : {}),
                });
                forget();
                status('');
                const receipt = view.steps.find(s => s.kind === 'received');
                const pdf = await fetch(`/api/v1/licensing/cases/${encodeURIComponent(view.caseNumber)}/documents/${receipt.sequence}`, { headers: { Authorization: 'Bearer ' + token } });
                if (!pdf.ok) throw Object.assign(new Error(`HTTP ${pdf.status}`), { status: pdf.status });
                $('receipt').href = URL.createObjectURL(await pdf.blob());
                $('receipt').download = `${view.caseNumber}-receipt.pdf`;
                $('case-number').textContent = view.caseNumber;
                $('received-at').textContent = beijing(view.clocks.receivedAt);
                $('notice-due').textContent = cutOff(view.clocks.noticeDue);
                $('progress-link').href = `${data.progress}${data.progress.includes('?') ? '&' : '?'}case=${encodeURIComponent(view.caseNumber)}`;
                $('apply-form').hidden = true;
                $('done').hidden = false;
                $('done').querySelector('h2').focus();
              } finally {
                $('submit').disabled = false;
              }
            });
          });
          document.body.dataset.page = 'ready';
        })();
        """;
}
