namespace TenderHall.Portal.Bidding;

/// <summary>
/// The in-browser check of a bid receipt, step for step as <c>tenderhall-bid verify-receipt</c> (ReceiptCheck.cs), then
/// against the public log now: the platform's latest signed checkpoint must extend the receipt's (consistency proof). The
/// global <c>receiptCheck(receipt, verifierKey, envelope, log)</c> resolves to <c>{ verified, passed, step, detail, fields }</c>.
/// After <see cref="Experts.DrawCheckScript"/> and <see cref="Transparency.LogCheckScript"/>.
/// </summary>
public static class ReceiptCheckScript
{
    /// <summary>The steps, in order.</summary>
    public static readonly string[] Steps = ["note", "envelope", "fields", "leaf", "inclusion", "log"];

    /// <summary>The script.</summary>
    public static string Source { get; } = """
        const receiptCheck = (() => {
          const c = drawCheck, l = logCheck;
          const str = (o, k) => (o && typeof o[k] === 'string' ? o[k] : '');
          const json = bytes => { try { return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)); } catch { return null; } };
          const b64 = bytes => btoa(String.fromCharCode(...bytes));
          const bytesOf = s => { try { return c.unb64(s); } catch { return null; } };

          // envelope: { sha256 (hex), size } of the envelope the bidder holds, or null; log: { checkpoint(), consistency(from, to) }, or null offline.
          return async (receipt, verifierKey, envelope, log) => {
            const passed = [];
            const fail = (step, detail) => ({ verified: false, step, detail, passed });
            if (!receipt || typeof receipt !== 'object') return fail('note', 'the file is not a receipt (JSON object)');
            // 1. The receipt note is the log's own signature over the bid's facts.
            let note;
            try { note = await l.openNote(str(receipt, 'receipt'), verifierKey); } catch (e) { return fail('note', 'the receipt: ' + e.message); }
            const lines = note.text.slice(0, -1).split('\n');
            if (lines[0] !== `${note.name} bid receipt`) return fail('note', `the receipt's first line is '${lines[0]}', not '${note.name} bid receipt'`);
            const fields = Object.fromEntries(lines.slice(1).map(line => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)]));
            if (!['tender', 'bidder', 'envelope', 'size', 'received', 'log-index', 'leaf'].every(f => typeof fields[f] === 'string') || !/^(0|[1-9][0-9]*)$/.test(fields['log-index']))
              return fail('note', 'the receipt note lacks a field');
            passed.push('note');
            // 2. It names this very envelope.
            if (envelope) {
              if (fields.envelope.toLowerCase() !== envelope.sha256) return fail('envelope', `the receipt is for envelope ${fields.envelope}, not this one (${envelope.sha256})`);
              if (fields.size !== String(envelope.size)) return fail('envelope', `the receipt records ${fields.size} bytes but the envelope has ${envelope.size}`);
              passed.push('envelope');
            }
            // 3. The unsigned fields repeat the signed note; a difference means the file was edited.
            if (str(receipt, 'tenderId') !== fields.tender || str(receipt, 'bidderId') !== fields.bidder || str(receipt, 'leafHash') !== fields.leaf
              || str(receipt, 'envelopeSha256').toLowerCase() !== fields.envelope.toLowerCase() || String(receipt.index) !== fields['log-index'] || String(receipt.size) !== fields.size)
              return fail('fields', "the receipt file's fields differ from its signed note: the file was edited");
            passed.push('fields');
            // 4. The leaf data is the log entry the note names, and that entry records this envelope. BL 22: the public leaf of a
            //    bid is a commitment to the event, which the receipt's salt opens (older receipts hold the event itself).
            const leaf = bytesOf(str(receipt, 'leafData'));
            if (!leaf || b64(await l.leafHash(leaf)) !== fields.leaf) return fail('leaf', "the receipt's leaf data does not hash to the leaf the receipt names");
            let event = json(leaf);
            if (str(receipt, 'salt')) {
              const salt = bytesOf(receipt.salt), data = bytesOf(str(receipt, 'eventData'));
              if (!event || event.type !== 'commitment') return fail('leaf', 'the log entry is not the commitment the receipt opens');
              if (!salt || !data || salt.length !== 32 || c.hex(await c.sha256(c.concat(salt, data))) !== str(event.data, 'commitment').toLowerCase())
                return fail('leaf', "the receipt's salt and event do NOT open the commitment in the log entry");
              event = json(data);
            }
            if (!event || event.type !== 'bid.received') return fail('leaf', 'the log entry is not a bid.received event');
            if (event.subject !== 'tender/' + fields.tender) return fail('leaf', `the log entry is about '${event.subject}', not tender/${fields.tender}`);
            if (event.at !== fields.received) return fail('leaf', `the log entry was recorded at ${event.at}, not at the receipt's time ${fields.received}`);
            if (str(event.data, 'envelopeSha256').toLowerCase() !== fields.envelope.toLowerCase() || str(event.data, 'size') !== fields.size)
              return fail('leaf', 'the log entry records another envelope');
            passed.push('leaf');
            // 5. The entry is in the log the receipt's checkpoint, signed by the same key, commits to.
            let checkpoint;
            try { checkpoint = await l.openCheckpoint(str(receipt, 'checkpoint'), verifierKey); } catch (e) { return fail('inclusion', "the receipt's checkpoint: " + e.message); }
            const proof = Array.isArray(receipt.hashes) ? receipt.hashes.map(h => bytesOf(String(h))) : [];
            const index = BigInt(fields['log-index']);
            if (proof.includes(null) || !await l.included(leaf, index, checkpoint.size, proof, checkpoint.root))
              return fail('inclusion', `the inclusion proof does NOT place entry ${index} in the signed log of ${checkpoint.size} entries`);
            passed.push('inclusion');
            // 6. The public log today still contains that tree: its latest signed checkpoint is consistent with the receipt's.
            if (log) {
              let now;
              try { now = await l.openCheckpoint(await log.checkpoint(), verifierKey); } catch (e) { return fail('log', "the log's latest checkpoint: " + e.message); }
              if (now.size < checkpoint.size) return fail('log', `the log's latest checkpoint has ${now.size} entries, fewer than the receipt's ${checkpoint.size}`);
              const hashes = now.size === checkpoint.size ? [] : (await log.consistency(checkpoint.size, now.size)).map(c.unb64);
              if (!await l.consistent(checkpoint.size, now.size, checkpoint.root, now.root, hashes))
                return fail('log', `the log's latest checkpoint (${now.size} entries) does NOT extend the receipt's: the log was rewritten`);
              passed.push('log');
            }
            return { verified: true, passed, fields };
          };
        })();

        """;
}
