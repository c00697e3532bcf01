namespace TenderHall.Portal.Bidding;

/// <summary>
/// Sealing a bid in the browser with the International suite, byte for byte as <c>TenderHall.Crypto</c> (docs/crypto.md §3-§5,
/// §11), as the global <c>sealing</c>: the payload is a Blob of the form and the attachment Files themselves, so any segment
/// is read from disk on demand and no file is ever whole in memory; the envelope is a pure function of the header, the
/// (non-extractable) content key and the payload, so any byte range can be produced again to resume an upload. After
/// <see cref="Sha256Script"/>.
/// </summary>
public static class SealingScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = """
        const sealing = (() => {
          const enc = new TextEncoder();
          const SEGMENT = 1 << 20, TAG = 16, WORD = 4;
          const INFO = enc.encode('TenderHall key wrap v1 P-256 HKDF-SHA-256 AES-256-GCM');
          const cat = (...parts) => {
            const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
            let at = 0;
            for (const p of parts) { out.set(p, at); at += p.length; }
            return out;
          };
          const u16 = n => Uint8Array.of(n >>> 8, n & 255);
          const u32 = n => { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, n); return b; };
          const u64 = n => { const b = new Uint8Array(8); new DataView(b.buffer).setBigUint64(0, BigInt(n)); return b; };
          const text16 = s => { const b = enc.encode(s); if (b.length > 65535) throw new Error('too long: ' + s.slice(0, 40)); return cat(u16(b.length), b); };
          const hex = b => Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
          const sha256 = async data => new Uint8Array(await crypto.subtle.digest('SHA-256', data));
          const keyId = async raw => (await sha256(raw)).slice(0, 8);
          const failure = (code, detail) => Object.assign(new Error(detail), { code });

          // §5: the canonical bid form; JSON.stringify escapes exactly what RFC 8785 does for well-formed strings.
          const form = f => enc.encode(`{"depositReference":${JSON.stringify(f.depositReference)},"durationDays":${f.durationDays},`
            + `"price":${JSON.stringify(f.price)},"qualityCommitment":${JSON.stringify(f.qualityCommitment)}}`);

          // SHA-256 of a File read slice by slice (the payload puts each attachment's hash after its content).
          const hashFile = async (file, progress) => {
            const sha = new Sha256();
            for (let at = 0; at < file.size; at += SEGMENT) {
              sha.update(new Uint8Array(await file.slice(at, at + SEGMENT).arrayBuffer()));
              progress(Math.min(at + SEGMENT, file.size));
            }
            return sha.digest();
          };
          // §5: magic, version, form, then per attachment 0x01, name, length, content, SHA-256, then 0x00. The Files are referenced, not copied.
          const payload = (formBytes, attachments) => new Blob([
            enc.encode('THBP'), Uint8Array.of(1), u32(formBytes.length), formBytes,
            ...attachments.flatMap(a => [Uint8Array.of(1), text16(a.name), u64(a.file.size), a.file, a.sha256]),
            Uint8Array.of(0)]);

          // §3: KEK = HKDF-SHA-256(ECDH x-coordinate, salt EPK || RPK, the key-wrap info), AES-256-GCM with a random IV.
          const kek = async (z, epk, rpk, usage) => crypto.subtle.deriveKey(
            { name: 'HKDF', hash: 'SHA-256', salt: cat(epk, rpk), info: INFO },
            await crypto.subtle.importKey('raw', z, 'HKDF', false, ['deriveKey']), { name: 'AES-GCM', length: 256 }, false, [usage]);
          const agree = async (privateKey, rpk) => crypto.subtle.deriveBits(
            { name: 'ECDH', public: await crypto.subtle.importKey('raw', rpk, { name: 'ECDH', namedCurve: 'P-256' }, false, []) }, privateKey, 256);
          const wrap = async (rpk, secret) => {
            const ephemeral = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
            const epk = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
            const iv = crypto.getRandomValues(new Uint8Array(12));
            const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await kek(await agree(ephemeral.privateKey, rpk), epk, rpk, 'encrypt'), secret);
            return { wrapped: cat(epk, iv, new Uint8Array(sealed)), ephemeral: ephemeral.privateKey };
          };
          // The self-test opens an entry again from the header's bytes: ECDH is symmetric, so the ephemeral private key with the
          // recipient's public key gives the very secret the recipient's private key gives with the entry's EPK.
          const unwrap = async (wrapped, rpk, ephemeral) => new Uint8Array(await crypto.subtle.decrypt(
            { name: 'AES-GCM', iv: wrapped.slice(65, 77) }, await kek(await agree(ephemeral, rpk), wrapped.slice(0, 65), rpk, 'decrypt'), wrapped.slice(77)));

          // §4.1 and §4.3: the header and the content key. Bidder-and-quorum wraps K1 to the opening key and K XOR K1 to the bidder.
          const prepare = async ({ tenderId, bidderId, openingKey, policy, bidderKey }) => {
            const k = crypto.getRandomValues(new Uint8Array(32));
            const halves = [];
            if (policy === 'BidderAndQuorum') {
              const k1 = crypto.getRandomValues(new Uint8Array(32));
              halves.push([1, openingKey, k1], [2, bidderKey, k.map((b, i) => b ^ k1[i])]);
            } else halves.push([1, openingKey, k.slice()]);
            const recipients = [];
            for (const [role, rpk, secret] of halves) {
              recipients.push({ role, rpk, ...await wrap(rpk, secret) });
              secret.fill(0);
            }
            const entries = await Promise.all(recipients.map(async r => cat(Uint8Array.of(r.role), await keyId(r.rpk), u16(r.wrapped.length), r.wrapped)));
            const body = cat(Uint8Array.of(2, policy === 'BidderAndQuorum' ? 2 : 1), u32(SEGMENT), crypto.getRandomValues(new Uint8Array(7)),
              text16(tenderId), text16(bidderId), Uint8Array.of(recipients.length), ...entries);
            const header = cat(enc.encode('THSE'), Uint8Array.of(1), u32(body.length), body);
            // Not extractable: the page can seal with it (and the browser keep it to resume), never read it back.
            const key = await crypto.subtle.importKey('raw', k, 'AES-GCM', false, ['encrypt']);
            k.fill(0);
            return { header, key, recipients };
          };

          // The envelope over a payload: H || frames, every non-final frame 4 + S + 16 bytes (§4.1).
          const envelope = async (header, key, body) => {
            const count = body.size === 0 ? 1 : Math.ceil(body.size / SEGMENT);
            return { header, key, body, count, aad: await sha256(header), prefix: header.slice(15, 22),
              size: header.length + body.size + count * (WORD + TAG), start: i => header.length + i * (WORD + SEGMENT + TAG) };
          };
          const nonce = (prefix, i, final) => {
            const n = new Uint8Array(12);
            n.set(prefix);
            new DataView(n.buffer).setUint32(7, i);
            n[11] = final ? 1 : 0;
            return n;
          };
          // §4.2: segment i, with its index and final flag in the nonce and SHA-256(H) as associated data.
          const frame = async (env, i) => {
            const plain = new Uint8Array(await env.body.slice(i * SEGMENT, (i + 1) * SEGMENT).arrayBuffer());
            const final = i === env.count - 1;
            const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce(env.prefix, i, final), additionalData: env.aad, tagLength: 128 }, env.key, plain);
            const out = cat(u32((plain.length | (final ? 0x80000000 : 0)) >>> 0), new Uint8Array(sealed));
            plain.fill(0);
            return out;
          };
          // Bytes [from, to) of the envelope, sealing only the segments they touch.
          const read = async (env, from, to) => {
            const parts = [];
            if (from < env.header.length) parts.push(env.header.subarray(from, Math.min(to, env.header.length)));
            for (let i = Math.max(0, Math.floor((from - env.header.length) / (WORD + SEGMENT + TAG))); i < env.count && env.start(i) < to; i++) {
              const f = await frame(env, i), s = env.start(i);
              parts.push(f.subarray(Math.max(0, from - s), Math.min(f.length, to - s)));
            }
            return cat(...parts);
          };

          // The header read back from its bytes, as TenderHall.Crypto's EnvelopeHeaderReader reads it.
          const parse = bytes => {
            const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
            if (new TextDecoder().decode(bytes.subarray(0, 4)) !== 'THSE') throw failure('ENVELOPE-MAGIC', 'not an envelope');
            if (bytes[4] !== 1) throw failure('ENVELOPE-VERSION', 'unknown format version');
            if (view.getUint32(5) > 65536 || view.getUint32(5) !== bytes.length - 9) throw failure('ENVELOPE-HEADER', 'the header length is wrong');
            let at = 9;
            const suite = bytes[at++], policy = bytes[at++], segmentSize = view.getUint32(at), prefix = bytes.slice(at + 4, at + 11);
            at += 11;
            const text = () => { const n = view.getUint16(at); at += 2 + n; return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at - n, at)); };
            const tender = text(), bidder = text(), recipients = [];
            for (let r = 0, count = bytes[at++]; r < count; r++) {
              const role = bytes[at], id = hex(bytes.subarray(at + 1, at + 9)), n = view.getUint16(at + 9);
              recipients.push({ role, keyId: id, wrapped: bytes.slice(at + 11, at + 11 + n) });
              at += 11 + n;
            }
            if (at !== bytes.length) throw failure('ENVELOPE-HEADER', 'the header has bytes after its recipients');
            return { suite, policy, segmentSize, prefix, tender, bidder, recipients };
          };

          // The self-test of tenderhall-bid self-test (EnvelopeValidator, then suite and policy against the tender's key), run over the
          // bytes as they are sealed, plus decryptability: the recipient entries, opened again from the header, give a key that
          // authenticates every segment. Returns the envelope's SHA-256 (the identity the bidder signs).
          const selfTest = async (env, sealed, expected, progress) => {
            const h = parse(env.header);
            if (h.suite !== 2) throw failure('ENVELOPE-HEADER', 'the envelope is not sealed with the International suite');
            if (h.policy !== (expected.policy === 'BidderAndQuorum' ? 2 : 1)) throw failure('ENVELOPE-RECIPIENT', `the tender requires policy ${expected.policy}`);
            if (h.segmentSize < 16 || h.segmentSize > 16777216) throw failure('ENVELOPE-HEADER', 'impossible segment size');
            if (h.tender !== expected.tenderId) throw failure('ENVELOPE-TENDER', `sealed for tender ${h.tender}`);
            if (h.bidder !== expected.bidderId) throw failure('ENVELOPE-BIDDER', `names bidder ${h.bidder}`);
            const roles = h.recipients.map(r => r.role).sort().join();
            if (roles !== (h.policy === 2 ? '1,2' : '1') || h.recipients.some(r => r.wrapped.length !== 125))
              throw failure('ENVELOPE-RECIPIENT', 'the recipients do not fit the policy');
            if (h.recipients.find(r => r.role === 1).keyId !== expected.openingKeyId.toLowerCase())
              throw failure('ENVELOPE-RECIPIENT', `not wrapped to this tender's opening key ${expected.openingKeyId}`);
            const k = new Uint8Array(32);
            for (const entry of h.recipients) {
              const mine = sealed.recipients.find(r => r.role === entry.role);
              let half;
              try { half = await unwrap(entry.wrapped, mine.rpk, mine.ephemeral); } catch { throw failure('ENVELOPE-KEY', `the role ${entry.role} entry does not open`); }
              half.forEach((b, i) => { k[i] ^= b; });
              half.fill(0);
            }
            const opened = await crypto.subtle.importKey('raw', k, 'AES-GCM', false, ['decrypt']);
            k.fill(0);
            const sha = new Sha256().update(env.header), aad = await sha256(env.header);
            let length = env.header.length;
            for (let i = 0; i < env.count; i++) {
              const f = await frame(env, i), word = new DataView(f.buffer).getUint32(0), n = word & 0x7fffffff, final = word >>> 31 === 1;
              if (final !== (i === env.count - 1)) throw failure(final ? 'ENVELOPE-TRAILING' : 'ENVELOPE-TRUNCATED', `segment ${i} has the wrong final flag`);
              if (n > h.segmentSize || (!final && n !== h.segmentSize) || (final && n === 0 && i > 0) || f.length !== WORD + n + TAG)
                throw failure('ENVELOPE-SEGMENT', `segment ${i} has an impossible length`);
              try {
                await crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce(h.prefix, i, final), additionalData: aad, tagLength: 128 }, opened, f.subarray(WORD));
              } catch {
                throw failure('ENVELOPE-AUTH', `segment ${i} does not authenticate`);
              }
              sha.update(f);
              length += f.length;
              progress(length);
            }
            if (length !== env.size) throw failure('ENVELOPE-SEGMENT', 'the envelope has another length than its segments');
            return sha.digest();
          };

          // §4.4: the detached signature over ASCII "TenderHall envelope v1\n" || identity; WebCrypto gives r||s (P1363).
          const sign = async (signingKey, identity) => new Uint8Array(await crypto.subtle.sign(
            { name: 'ECDSA', hash: 'SHA-256' }, signingKey, cat(enc.encode('TenderHall envelope v1\n'), identity)));

          return { SEGMENT, hex, form, hashFile, payload, prepare, envelope, read, selfTest, sign };
        })();

        """;
}
