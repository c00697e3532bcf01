namespace TenderHall.Portal.Bidding;

/// <summary>
/// The resumable upload of a sealed envelope (docs/bidder-tool.md, "Upload with resume") and the browser's record of a
/// bid being uploaded, as the globals <c>pendingBids</c> and <c>bidUpload</c>. After <see cref="Account.BrowserSession"/>
/// and <see cref="SealingScript"/>.
/// </summary>
public static class UploadScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = """
        // What it takes to produce the same envelope again after the tab was closed: the header, the content key as a
        // non-extractable CryptoKey (IndexedDB keeps the object; no script can read the key's bytes), the canonical form and the
        // attachments' names, sizes and hashes, the identity and signature, and the upload id. It stays in this browser only,
        // and is deleted once the platform has issued its receipt or the bidder discards it.
        const pendingBids = (() => {
          const open = () => new Promise((resolve, reject) => {
            const request = indexedDB.open('tenderhall-bids', 1);
            request.onupgradeneeded = () => request.result.createObjectStore('pending');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          const run = async (mode, work) => {
            const db = await open();
            try {
              return await new Promise((resolve, reject) => {
                const tx = db.transaction('pending', mode), request = work(tx.objectStore('pending'));
                tx.oncomplete = () => resolve(request.result);
                tx.onerror = () => reject(tx.error);
              });
            } finally {
              db.close();
            }
          };
          return {
            get: key => run('readonly', store => store.get(key)),
            put: (key, value) => run('readwrite', store => store.put(value, key)),
            remove: key => run('readwrite', store => store.delete(key)),
          };
        })();

        const bidUpload = (() => {
          const CHUNK = 4 << 20;
          const random = () => sealing.hex(crypto.getRandomValues(new Uint8Array(16)));
          const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
          const uploads = tender => `/api/v1/tenders/${encodeURIComponent(tender)}/bids/uploads`;
          // Starts an upload for the record's envelope; one Idempotency-Key for every retry of the start.
          const start = async (record, token) => {
            record.startKey = record.startKey || 'start-' + random();
            const started = await session.call('POST', uploads(record.tenderId), { size: record.size }, token, { 'Idempotency-Key': record.startKey });
            record.uploadId = started.uploadId;
            await pendingBids.put(record.id, record);
            return started.received;
          };
          // How many bytes the platform holds; an upload it no longer knows (swept as abandoned) starts again.
          const held = async (record, token) => {
            if (!record.uploadId) return start(record, token);
            try {
              return (await session.call('GET', `${uploads(record.tenderId)}/${record.uploadId}`, undefined, token)).received;
            } catch (e) {
              if (e.status !== 404) throw e;
              record.uploadId = null;
              record.startKey = null;
              return start(record, token);
            }
          };
          // Sends the envelope from where the platform stopped, chunk by chunk, then completes it. A dropped connection, a
          // timeout, a 5xx, 429 or 409 IDEMPOTENCY-IN-FLIGHT waits (1 s doubling to a minute, each wait between half and all of
          // it; Retry-After when named) and asks again how far it got; a 409 BID-UPLOAD continues from the offset the platform
          // expects; BID-UPLOAD-EXPIRED (the parts of a long-paused upload were swept) starts a new upload, as the envelope can
          // be sealed again byte for byte. Retrying stops when the next attempt would start after the bid deadline; any other
          // refusal stops at once.
          // deadline: the bid deadline (ms since 1970, platform time), or null; now(): the platform's time, as the page estimates it.
          const send = async (record, env, token, deadline, now, report) => {
            let received = await held(record, token), backoff = 1000;
            report({ received, size: record.size });
            for (;;) {
              try {
                // Completing twice returns the first receipt (the key names the upload).
                if (received >= record.size)
                  return await session.call('POST', `${uploads(record.tenderId)}/${record.uploadId}/complete`, undefined, token,
                    { 'X-Bid-Signature': record.signature, 'Idempotency-Key': 'complete-' + record.uploadId });
                const chunk = await sealing.read(env, received, Math.min(record.size, received + CHUNK));
                received = (await session.call('PUT', `${uploads(record.tenderId)}/${record.uploadId}?offset=${received}`, chunk, token)).received;
                backoff = 1000;
                report({ received, size: record.size });
                continue;
              } catch (e) {
                if (e.rule === 'BID-UPLOAD-EXPIRED') {
                  record.uploadId = null;
                  record.startKey = null;
                  received = await start(record, token);
                  report({ received, size: record.size });
                  continue;
                }
                // A chunk the platform cannot take at the offset it expects (it would pass the declared size) is a refusal.
                if (e.rule === 'BID-UPLOAD' && e.values.expected !== undefined && Number(e.values.expected) !== received) { received = Number(e.values.expected); continue; }
                const transient = e.status === undefined || e.status >= 500 || e.status === 429 || e.rule === 'IDEMPOTENCY-IN-FLIGHT';
                if (!transient) throw e;
                const wait = e.retryAfter ? e.retryAfter * 1000 : backoff / 2 + Math.random() * backoff / 2;
                backoff = Math.min(backoff * 2, 60000);
                if (deadline && await now() + wait >= deadline) throw Object.assign(new Error(e.message), { deadline: true });
                report({ received, size: record.size, waiting: wait, reason: e.message });
                await sleep(wait);
              }
              try { received = await held(record, token); } catch (e) { if (e.status !== undefined && e.status < 500 && e.status !== 429) throw e; }
            }
          };
          return { start, send };
        })();

        """;
}
