using TenderHall.Portal.Account;
using TenderHall.Portal.Bidding;
using TenderHall.Portal.Supervision;

namespace TenderHall.Portal.Opening;

/// <summary>
/// The opening room for supervisors, the hosting agency and key custodians: the session as the API shows it (refreshed
/// while it moves), check-in, the custodian's share unwrapped and signed on this machine, answers to objections, the
/// record rendered, then countersigned on this machine with the supervisor's P-256 key, and the close.
/// </summary>
public static class OpeningRoomScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = SupervisionPagesScript.Common + KeyFileScript.Source + Sha256Script.Source + SealingScript.Source
        + ShareUnwrapScript.Source + Template;

    private const string Template = """
        (() => {
          const { data, $, token, call, fill, status } = page;
          const { beijing } = evaluation;
          const { run, act, keep, forget, check, local } = supervision;
          if (!token) { $('signed-out').hidden = false; return status(data.signIn); }
          const tender = $('tender').value, base = `/api/v1/tenders/${encodeURIComponent(tender)}`;
          const b64 = bytes => btoa(Array.from(bytes, b => String.fromCharCode(b)).join(''));
          const fromB64 = text => Uint8Array.from(atob(text), c => c.charCodeAt(0));
          const sign = async (key, bytes) => new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, bytes));
          let me = null, drawn = '';

          const response = row => row.confirmed === true ? data.confirmed : row.confirmed === false
            ? (row.objectionAnswer ? data.objected.replace('{answer}', row.objectionAnswer) : data.pending).replace('{objection}', row.objection || '')
            : data.noResponse;
          // The agency answers an objection on the spot (BLR 44): a labelled field per open objection, kept in the tab until sent.
          const answerForm = row => {
            if (row.confirmed !== false || row.objectionAnswer || !me.roles.includes('Agency')) return '';
            const id = `answer-${row.bidderId}`, cell = document.createElement('div');
            const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: data.answerLabel.replace('{bidder}', row.bidderName) });
            const text = Object.assign(document.createElement('textarea'), { id, rows: 2, cols: 24 });
            const send = Object.assign(document.createElement('button'), { type: 'button', textContent: data.answer, id: `send-${id}` });
            send.addEventListener('click', () => run(async () => {
              check(text.value.trim() ? [] : [[id, data.needAnswer]]);
              show(await call('POST', `${base}/opening/objections/${encodeURIComponent(row.bidderId)}/answer`, { answer: text.value.trim() }));
              forget(text);
              status(data.answered);
            }));
            cell.append(label, text, send);
            keep(text);
            return cell;
          };
          const bar = (id, done, total) => {
            $(id).max = Math.max(total, 1);
            $(id).value = done;
          };
          const show = view => {
            document.body.dataset.opening = view.status;
            // A role's actions show while the session can still take them; a closed room is a record to read.
            const over = ['Closed', 'InsufficientBids'].includes(view.status);
            document.querySelectorAll('[data-allowed]').forEach(s => { s.hidden = over || s.dataset.allowed !== 'yes'; });
            // Before the deadline there is no session yet (BL 34): the API answers an empty one.
            $('room-status').textContent = view.tenderId ? data.statuses[view.status] || view.status : data.notStarted;
            bar('share-progress', view.sharesFrom.length, view.threshold);
            $('share-count').textContent = `${view.sharesFrom.length} / ${view.threshold}`;
            bar('decrypt-progress', view.rows.length, view.bids);
            $('decrypt-count').textContent = `${view.rows.length} / ${view.bids}`;
            fill('attendance', view.attendance, a => [a.userName, beijing(a.at), a.address || '']);
            $('no-attendance').hidden = view.attendance.length > 0;
            // Redrawn only when the rows changed, so a refresh never takes an answer from under the agency's fingers.
            const rows = JSON.stringify(view.rows);
            if (rows !== drawn) {
              drawn = rows;
              fill('rows', view.rows, r => [r.bidderName, r.price || '—', r.durationDays ?? '—', r.qualityCommitment || '—', r.depositStatus || '—',
                data.outcomes[r.outcome] || r.outcome, response(r), answerForm(r)]);
            }
            $('no-rows').hidden = view.rows.length > 0;
            $('record').hidden = !view.recordPdfSha256;
            $('record-link').href = `${base}/opening/record.pdf`;
            $('record-sha').textContent = view.recordPdfSha256 || '';
            fill('recordings', view.recordings, r => [r.name, r.sha256]);
            $('session-notes').textContent = view.notes || '';
            return view;
          };
          // While the session moves (shares, decryption in the background, answers), the room reads it again every few seconds.
          const refresh = () => setTimeout(async () => {
            let view = null;
            try { view = show(await call('GET', `${base}/opening`)); } catch { view = null; }
            if (!view || !['Closed', 'InsufficientBids'].includes(view.status)) refresh();
          }, 2000);

          act('check-in', async () => {
            show(await call('POST', `${base}/opening/check-in`));
            status(data.checkedIn);
          });

          // The custodian's share (ShareCommand in the bidder tool, here in WebCrypto): unwrapped with the custodian's own key,
          // which stays on this machine; only x, the share's y bytes and the signature are sent.
          $('handover').addEventListener('submit', e => { e.preventDefault(); run(async () => {
            const encryptionFile = $('encryption-key').files[0], signingFile = $('share-signing-key').files[0];
            check([...(encryptionFile ? [] : [['encryption-key', data.needEncryptionKey]]), ...(signingFile ? [] : [['share-signing-key', data.needSigningKey]])]);
            const privateKey = await keyFile.encryptionKey(encryptionFile, data.keys);
            const publicRaw = await keyFile.encryptionPublicKey(encryptionFile, data.keys);
            const signingKey = await keyFile.signingKey(signingFile, data.keys);
            const wrapped = await call('GET', `${base}/custody/share`);
            const mine = await custody.keyId(publicRaw);
            if (mine !== wrapped.custodianKeyId.toLowerCase()) throw local(data.wrongKey.replace('{expected}', wrapped.custodianKeyId).replace('{actual}', mine));
            let encoded;
            try { encoded = await custody.unwrap(privateKey, publicRaw, fromB64(wrapped.wrappedShare)); } catch { throw local(data.undecryptable); }
            const y = encoded.slice(1);
            try {
              if (encoded[0] !== wrapped.x) throw local(data.undecryptable);
              const signature = await sign(signingKey, await custody.message(tender, wrapped.x, y));
              show(await call('POST', `${base}/opening/shares`, { x: wrapped.x, share: b64(y), signature: b64(signature) }));
              status(data.handedOver);
            } finally {
              encoded.fill(0);
              y.fill(0);
            }
          }); });

          act('publish', async () => {
            show(await call('POST', `${base}/opening/record`));
            status(data.published);
          });

          // The countersignature (EBM 33): the platform prepares the signed attributes, this machine signs them with the
          // supervisor's key, the platform embeds the signature and closes. Recordings are named by their hash, not sent.
          keep($('notes'));
          $('close').addEventListener('submit', e => { e.preventDefault(); run(async () => {
            const keyFileChosen = $('record-signing-key').files[0];
            check(keyFileChosen ? [] : [['record-signing-key', data.needSigningKey]]);
            const key = await keyFile.signingKey(keyFileChosen, data.keys);
            const files = Array.from($('recording-files').files), total = files.reduce((n, f) => n + f.size, 0);
            const recordings = [];
            let before = 0;
            for (const file of files) {
              const digest = await sealing.hashFile(file, done => {
                bar('hash-progress', before + done, total);
                $('hash-label').textContent = `${data.hashing} ${file.name}`;
              });
              recordings.push({ name: file.name, sha256: sealing.hex(digest) });
              before += file.size;
            }
            $('hash-label').textContent = '';
            fill('recordings', recordings, r => [r.name, r.sha256]);
            const prepared = await call('POST', `${base}/opening/record/signing-request`, {});
            const signature = await sign(key, fromB64(prepared.signingRequest.signedAttributes));
            show(await call('POST', `${base}/opening/close`, { notes: $('notes').value, recordings, signature: b64(signature) }));
            forget($('notes'));
            status(data.closed);
          }); });

          run(async () => {
            me = await call('GET', '/api/v1/auth/me');
            const supervisor = me.roles.includes('Supervisor');
            document.querySelectorAll('.for-supervisor').forEach(s => { s.dataset.allowed = supervisor ? 'yes' : 'no'; });
            document.querySelectorAll('.for-custodian').forEach(s => { s.dataset.allowed = me.organizationId ? 'yes' : 'no'; });
            const t = await call('GET', base);
            $('tender-title').textContent = `${t.registration.title} · ${t.registration.projectCode} · ${tender}`;
            show(await call('GET', `${base}/opening`));
            refresh();
          });
        })();
        """;
}
