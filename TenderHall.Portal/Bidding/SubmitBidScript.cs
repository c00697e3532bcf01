using TenderHall.Portal.Account;
using TenderHall.Portal.Experts;
using TenderHall.Portal.Transparency;

namespace TenderHall.Portal.Bidding;

/// <summary>
/// The script of "Submit a bid": the bidder's standing (receipt, download, in-browser check, withdrawal), the form with its
/// error summary, then keys, attachment hashes, sealing with the self-test, the signature, the resumable upload and the
/// receipt, each step shown with its progress; and, after a closed tab, continuing the upload this browser recorded.
/// </summary>
public static class SubmitBidScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = BrowserSession.Script + KeyFileScript.Source + DrawCheckScript.Source + LogCheckScript.Source
        + ReceiptCheckScript.Source + ReceiptViewScript.Source + Sha256Script.Source + SealingScript.Source + UploadScript.Source + Template;

    private const string Template = """
        (() => {
          const data = JSON.parse(document.getElementById('bid-data').textContent);
          const $ = id => document.getElementById(id);
          const tender = data.tender, base = `/api/v1/tenders/${encodeURIComponent(tender)}`;
          const token = session.token();
          const call = (method, path, body, extra) => session.call(method, path, body, token, extra);
          const b64 = bytes => btoa(Array.from(bytes, b => String.fromCharCode(b)).join(''));
          const beijing = iso => iso ? new Date(Date.parse(iso) + 8 * 3600000).toISOString().slice(0, 16).replace('T', ' ') : '';
          const mib = n => (n / 1048576).toFixed(1);
          const signedOut = () => {
            session.clear();
            ['bid-state', 'standing', 'bid', 'resume', 'progress'].forEach(id => { $(id).hidden = true; });
            $('bid-signin').hidden = false;
            document.body.dataset.bid = 'signed-out';
          };
          if (!token) return signedOut();

          let me, key, deadline, receiptUrl, held = null, skew = 0;
          // Deadlines are judged by the platform's clock (GET /api/v1/clock), not this computer's: the last known difference is kept.
          const now = async () => {
            try { skew = Date.parse((await session.call('GET', '/api/v1/clock')).now) - Date.now(); } catch { /* offline: the last difference */ }
            return Date.now() + skew;
          };
          const step = (name, mark) => {
            const item = document.querySelector(`#steps li[data-step=${name}]`);
            item.dataset.state = mark;
            item.lastElementChild.textContent = { running: ' …', done: ' ✓', failed: ' ✗' }[mark];
          };
          const bar = (done, total, label) => {
            $('progress-bar').max = Math.max(total, 1);
            $('progress-bar').value = done;
            $('progress-label').textContent = `${label}: ${mib(done)} / ${mib(total)} MiB`;
          };
          const say = text => { $('progress-status').textContent = text; };
          const failed = (e, at) => {
            if (at) step(at, 'failed');
            if (e.status === 401) return signedOut();
            say(e.code ? `${data.selfTestFailed} ${e.code}: ${e.message}` : e.deadline ? `${data.uploadDeadline} ${e.message}` : e.message);
            document.body.dataset.bid = 'failed';
            $('bid-form').querySelector('button').disabled = false;
          };

          // The bid that counts now, its receipt to download or check, and withdrawal before the deadline (BLR 35).
          const standing = async () => {
            const mine = await call('GET', `${base}/bids/mine`), current = mine.current;
            $('standing').hidden = false;
            $('standing-status').textContent = mine.withdrawn ? data.withdrawn : current ? data.submitted : data.none;
            $('standing-received').textContent = current ? beijing(current.receivedAt) : '';
            $('standing-hash').textContent = current ? `${current.envelopeSha256} · #${current.index}` : '';
            $('receipt-actions').hidden = !current;
            // With a bid in the box, sealing again replaces it: the form says so.
            $('bid-heading').textContent = current ? data.replace.heading : data.replace.first;
            $('bid-form').querySelector('button').textContent = current ? data.replace.button : data.replace.seal;
            $('withdraw').hidden = !current || (deadline !== null && await now() >= deadline);
            $('withdraw-confirm').hidden = true;
            if (receiptUrl) URL.revokeObjectURL(receiptUrl);
            if (current) {
              receiptUrl = URL.createObjectURL(new Blob([JSON.stringify(current, null, 2)], { type: 'application/json' }));
              $('receipt-download').href = receiptUrl;
              $('receipt-download').download = `receipt-${tender}.json`;
            }
            return current;
          };
          $('receipt-verify').addEventListener('click', async () => {
            const current = await standing();
            const envelope = held && current && held.sha256 === current.envelopeSha256 ? held : null;
            if (current) document.body.dataset.receipt = (await receiptView(current, envelope, data.receipt)).verified ? 'pass' : 'fail';
          });
          $('withdraw').addEventListener('click', () => { $('withdraw-confirm').hidden = false; $('withdraw-confirm').focus(); });
          $('withdraw-confirm').addEventListener('click', async () => {
            try {
              await call('POST', `${base}/bids/withdraw`);
              await standing();
              document.body.dataset.bid = 'withdrawn';
            } catch (e) { failed(e); }
          });

          // The GOV.UK error summary: every problem at the top, each linking to its field.
          const check = () => {
            const v = id => $(id).value.trim(), errors = [];
            if (!/^(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(v('price'))) errors.push(['price', data.errors.price]);
            if (!/^[1-9][0-9]{0,9}$/.test(v('duration')) || Number(v('duration')) > 2147483647) errors.push(['duration', data.errors.duration]);
            if (!v('quality')) errors.push(['quality', data.errors.quality]);
            else if (!$('quality').value.isWellFormed()) errors.push(['quality', data.errors.text]);
            if (!v('deposit')) errors.push(['deposit', data.errors.deposit]);
            else if (!$('deposit').value.isWellFormed()) errors.push(['deposit', data.errors.text]);
            if (key.policy === 'BidderAndQuorum' && !$('encryption-key').files[0]) errors.push(['encryption-key', data.errors.encryptionKey]);
            if (!$('signing-key').files[0]) errors.push(['signing-key', data.errors.signingKey]);
            const list = $('errors').querySelector('ul');
            list.replaceChildren();
            for (const id of ['price', 'duration', 'quality', 'deposit', 'encryption-key', 'signing-key']) $(id).removeAttribute('aria-invalid');
            for (const [id, message] of errors) {
              const link = document.createElement('a');
              link.href = '#' + id;
              link.textContent = message;
              const item = document.createElement('li');
              item.append(link);
              list.append(item);
              $(id).setAttribute('aria-invalid', 'true');
            }
            $('errors').hidden = errors.length === 0;
            if (errors.length) { $('errors').focus(); document.body.dataset.bid = 'invalid'; }
            return errors.length === 0;
          };

          const upload = async (record, env) => {
            step('upload', 'running');
            document.body.dataset.bid = 'uploading';
            const receipt = await bidUpload.send(record, env, token, deadline, now, p => {
              bar(p.received, p.size, data.steps.upload);
              document.body.dataset.upload = p.waiting ? 'waiting' : 'sending';
              say(p.waiting ? `${data.uploadWaiting} ${mib(p.received)} MiB (${p.reason})` : '');
            });
            step('upload', 'done');
            await pendingBids.remove(record.id);
            held = { sha256: record.identity, size: record.size };
            step('receipt', 'running');
            say(data.bidDone);
            $('resume').hidden = true;
            await standing();
            const result = await receiptView(receipt, held, data.receipt);
            step('receipt', result.verified ? 'done' : 'failed');
            document.body.dataset.receipt = result.verified ? 'pass' : 'fail';
            document.body.dataset.bid = 'submitted';
            $('bid-form').querySelector('button').disabled = false;
          };

          const seal = async () => {
            $('progress').hidden = false;
            $('bid-form').querySelector('button').disabled = true;
            document.querySelectorAll('#steps li').forEach(item => { item.dataset.state = ''; item.lastElementChild.textContent = ''; });
            let at = 'keys';
            try {
              step(at, 'running');
              // Keys first: a file that cannot sign wastes no sealing.
              const signingKey = await keyFile.signingKey($('signing-key').files[0], data.keys);
              const quorum = key.policy === 'BidderAndQuorum';
              const bidderKey = quorum ? await keyFile.encryptionPublicKey($('encryption-key').files[0], data.keys) : null;
              step(at, 'done');
              step(at = 'hash', 'running');
              const files = [...$('attachments').files], total = files.reduce((n, f) => n + f.size, 0), attachments = [];
              for (let i = 0, before = 0; i < files.length; before += files[i++].size)
                attachments.push({ file: files[i], name: files[i].name, sha256: await sealing.hashFile(files[i], done => bar(before + done, total, data.steps.hash)) });
              step(at, 'done');
              step(at = 'seal', 'running');
              const form = sealing.form({ price: $('price').value.trim(), durationDays: Number($('duration').value.trim()), qualityCommitment: $('quality').value.trim(), depositReference: $('deposit').value.trim() });
              const sealed = await sealing.prepare({ tenderId: tender, bidderId: me.organizationId, openingKey: drawCheck.unb64(key.publicKey), policy: key.policy, bidderKey });
              const env = await sealing.envelope(sealed.header, sealed.key, sealing.payload(form, attachments));
              const identity = await sealing.selfTest(env, sealed, { tenderId: tender, bidderId: me.organizationId, policy: key.policy, openingKeyId: key.keyId },
                done => bar(done, env.size, data.steps.seal));
              say(data.selfTestPassed);
              step(at, 'done');
              step(at = 'sign', 'running');
              const signature = b64(await sealing.sign(signingKey, identity));
              step(at, 'done');
              const record = {
                id: `${tender}/${me.organizationId}`, tenderId: tender, bidderId: me.organizationId, header: sealed.header, key: sealed.key, form,
                attachments: attachments.map(a => ({ name: a.name, size: a.file.size, sha256: a.sha256 })), size: env.size,
                identity: sealing.hex(identity), signature, uploadId: null, startKey: null,
              };
              await pendingBids.put(record.id, record);
              at = 'upload';
              await upload(record, env);
            } catch (e) {
              failed(e, at);
            }
          };
          $('bid-form').addEventListener('submit', event => {
            event.preventDefault();
            if (check()) seal();
          });

          // After a closed tab or a failure: the same attachments, checked against their sealed hashes, rebuild the same envelope.
          const resume = pending => {
            $('resume').hidden = false;
            $('resume-files').textContent = pending.attachments.map(a => `${a.name} (${a.size} B)`).join(', ');
            $('discard').addEventListener('click', async () => {
              await pendingBids.remove(pending.id);
              $('resume').hidden = true;
              document.body.dataset.bid = 'ready';
            });
            $('resume-form').addEventListener('submit', async event => {
              event.preventDefault();
              $('progress').hidden = false;
              let at = 'hash';
              try {
                step(at, 'running');
                const files = [...$('resume-attachments').files], total = files.reduce((n, f) => n + f.size, 0), attachments = [];
                let before = 0;
                for (const sealedFile of pending.attachments) {
                  const file = files.find(f => f.name === sealedFile.name && f.size === sealedFile.size);
                  const sha256 = file ? await sealing.hashFile(file, done => bar(before + done, total, data.steps.hash)) : null;
                  if (!sha256 || sealing.hex(sha256) !== sealing.hex(sealedFile.sha256)) throw new Error(data.resumeMismatch);
                  attachments.push({ file, name: file.name, sha256 });
                  before += file.size;
                }
                if (files.length !== pending.attachments.length) throw new Error(data.resumeMismatch);
                step(at, 'done');
                at = 'upload';
                await upload(pending, await sealing.envelope(pending.header, pending.key, sealing.payload(pending.form, attachments)));
              } catch (e) {
                failed(e, at);
              }
            });
          };

          (async () => {
            try {
              [me, key] = await Promise.all([call('GET', '/api/v1/auth/me'), call('GET', `${base}/opening-key`)]);
              const view = await call('GET', base);
              deadline = view.schedule && view.schedule.bidDeadline ? Date.parse(view.schedule.bidDeadline) : null;
              $('deadline').textContent = deadline ? beijing(view.schedule.bidDeadline) : '';
              await standing();
              $('bid-state').hidden = true;
              if (key.suite !== 'International') {
                $('bid-state').textContent = data.gm;
                $('bid-state').hidden = false;
                document.body.dataset.bid = 'gm';
                return;
              }
              document.querySelectorAll('.quorum').forEach(e => { e.hidden = key.policy !== 'BidderAndQuorum'; });
              $('bid').hidden = false;
              const pending = await pendingBids.get(`${tender}/${me.organizationId}`);
              if (pending) resume(pending);
              document.body.dataset.bid = pending ? 'pending' : 'ready';
            } catch (e) {
              if (e.status === 401) return signedOut();
              $('bid-state').textContent = e.message;
              document.body.dataset.bid = 'failed';
            }
          })();
        })();
        """;
}
