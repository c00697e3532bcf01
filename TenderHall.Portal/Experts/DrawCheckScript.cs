namespace TenderHall.Portal.Experts;

/// <summary>
/// The primitives of the in-browser draw re-check, served with the page (no CDN, under the page's nonce): SHA-256/512 from
/// WebCrypto, the draw's framed hashes, the unbiased selection (docs/crypto.md), Edwards25519 over BigInt, Ed25519 (RFC 8032, for the log's signed
/// checkpoint) and ECVRF-EDWARDS25519-SHA512-TAI verification and proof-to-hash (RFC 9381), as the global <c>drawCheck</c>.
/// </summary>
public static class DrawCheckScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = """
        const drawCheck = (() => {
          const enc = new TextEncoder();
          const utf8 = s => enc.encode(s);
          const hex = b => Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
          const unhex = s => {
            if (typeof s !== 'string' || s.length % 2 || /[^0-9a-f]/i.test(s)) throw new Error('not hex: ' + s);
            return Uint8Array.from(s.match(/../g) || [], h => parseInt(h, 16));
          };
          const unb64 = s => Uint8Array.from(atob(s), c => c.charCodeAt(0));
          const concat = (...parts) => {
            const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
            let at = 0;
            for (const p of parts) { out.set(p, at); at += p.length; }
            return out;
          };
          const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
          const digest = async (name, data) => new Uint8Array(await crypto.subtle.digest(name, data));
          const sha256 = data => digest('SHA-256', data);
          const sha512 = data => digest('SHA-512', data);
          const be32 = n => Uint8Array.of(n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
          // docs/experts.md: SHA-256 of an ASCII domain separator, then each field as uint32_be(length) || bytes.
          const frame = (domain, ...fields) => sha256(concat(utf8(domain), ...fields.flatMap(f => [be32(f.length), f])));

          // Edwards25519 over BigInt (RFC 8032 §5.1): verification only, so variable time is fine.
          const P = 2n ** 255n - 19n;
          const L = 2n ** 252n + 27742317777372353535851937790883648493n;
          const mod = (a, m = P) => { const r = a % m; return r < 0n ? r + m : r; };
          const pow = (b, e, m = P) => { let r = 1n; b = mod(b, m); while (e > 0n) { if (e & 1n) r = r * b % m; b = b * b % m; e >>= 1n; } return r; };
          const inv = a => pow(a, P - 2n);
          const D = mod(-121665n * inv(121666n));
          const SQRT_M1 = pow(2n, (P - 1n) / 4n);
          const le = bytes => bytes.reduceRight((n, b) => (n << 8n) | BigInt(b), 0n);
          const toLe = (n, length = 32) => Uint8Array.from({ length }, (_, i) => Number((n >> BigInt(8 * i)) & 255n));
          const point = (x, y) => ({ X: x, Y: y, Z: 1n, T: mod(x * y) });
          const IDENTITY = { X: 0n, Y: 1n, Z: 1n, T: 0n };
          const add = (p, q) => {
            const a = mod((p.Y - p.X) * (q.Y - q.X)), b = mod((p.Y + p.X) * (q.Y + q.X));
            const c = mod(2n * D * p.T * q.T), d = mod(2n * p.Z * q.Z);
            const e = b - a, f = d - c, g = d + c, h = b + a;
            return { X: mod(e * f), Y: mod(g * h), Z: mod(f * g), T: mod(e * h) };
          };
          const negate = p => ({ X: mod(-p.X), Y: p.Y, Z: p.Z, T: mod(-p.T) });
          const times = (p, n) => { let r = IDENTITY; for (let q = p; n > 0n; n >>= 1n, q = add(q, q)) if (n & 1n) r = add(r, q); return r; };
          const cofactor = p => add(add(add(p, p), add(p, p)), add(add(p, p), add(p, p)));
          const encode = p => {
            const zi = inv(p.Z), x = mod(p.X * zi), y = mod(p.Y * zi);
            const out = toLe(y);
            out[31] |= Number(x & 1n) << 7;
            return out;
          };
          const isIdentity = p => mod(p.X) === 0n && mod(p.Y - p.Z) === 0n;
          const decode = bytes => {
            if (bytes.length !== 32) return null;
            const sign = bytes[31] >> 7;
            const y = le(bytes) & ((1n << 255n) - 1n);
            if (y >= P) return null;
            const u = mod(y * y - 1n), v = mod(D * y * y + 1n);
            let x = mod(u * pow(v, 3n) * pow(u * pow(v, 7n), (P - 5n) / 8n));
            const vx2 = mod(v * x * x);
            if (vx2 !== u) { if (vx2 === mod(-u)) x = mod(x * SQRT_M1); else return null; }
            if (x === 0n && sign === 1) return null;
            if (Number(x & 1n) !== sign) x = mod(-x);
            return point(x, y);
          };
          const BASE = decode(unhex('5866666666666666666666666666666666666666666666666666666666666666'));

          // RFC 8032 §5.1.7 (cofactorless): [S]B = R + [k]A, k = SHA-512(R || A || M) mod L.
          const ed25519Verify = async (publicKey, message, signature) => {
            const a = decode(publicKey), r = decode(signature.slice(0, 32)), s = le(signature.slice(32));
            if (!a || !r || signature.length !== 64 || s >= L) return false;
            const k = mod(le(await sha512(concat(signature.slice(0, 32), publicKey, message))), L);
            return same(encode(times(BASE, s)), encode(add(r, times(a, k))));
          };

          // RFC 9381 ECVRF-EDWARDS25519-SHA512-TAI: verify (§5.3, with key validation) and proof-to-hash (§5.2).
          const vrf = {
            async encodeToCurve(publicKey, alpha) {
              for (let counter = 0; counter < 256; counter++) {
                const candidate = decode((await sha512(concat(Uint8Array.of(3, 1), publicKey, alpha, Uint8Array.of(counter, 0)))).slice(0, 32));
                if (candidate && !isIdentity(cofactor(candidate))) return cofactor(candidate);
              }
              return null;
            },
            async challenge(...points) { return (await sha512(concat(Uint8Array.of(3, 2), ...points, Uint8Array.of(0)))).slice(0, 16); },
            async proofToHash(gamma) { return sha512(concat(Uint8Array.of(3, 3), encode(cofactor(gamma)), Uint8Array.of(0))); },
            async verify(publicKey, proof, alpha) {
              const y = decode(publicKey);
              if (!y || isIdentity(cofactor(y)) || proof.length !== 80) return null;
              const gamma = decode(proof.slice(0, 32)), c = le(proof.slice(32, 48)), s = le(proof.slice(48));
              if (!gamma || s >= L) return null;
              const h = await this.encodeToCurve(publicKey, alpha);
              if (!h) return null;
              const u = add(times(BASE, s), negate(times(y, c)));
              const v = add(times(h, s), negate(times(gamma, c)));
              const expected = await this.challenge(publicKey, encode(h), proof.slice(0, 32), encode(u), encode(v));
              return same(expected, proof.slice(32, 48)) ? this.proofToHash(gamma) : null;
            },
          };

          // docs/crypto.md: words of SHA-512(separator || input || uint64_be(counter)), rejection sampling, Fisher–Yates, drawn lazily.
          const permutation = (input, n) => {
            const items = Int32Array.from({ length: n }, (_, i) => i);
            let block = new Uint8Array(0), offset = 64, counter = 0n, i = 0;
            const word = async () => {
              if (offset === 64) {
                const ctr = new Uint8Array(8);
                new DataView(ctr.buffer).setBigUint64(0, counter++);
                block = await sha512(concat(utf8('TenderHall/selection/v1'), input, ctr));
                offset = 0;
              }
              const w = new DataView(block.buffer).getUint32(offset);
              offset += 4;
              return w;
            };
            const uniform = async bound => {
              const limit = 4294967296 - (4294967296 % bound);
              for (;;) { const w = await word(); if (w < limit) return w % bound; }
            };
            return {
              async next() {
                if (i >= n) return null;
                const j = i + await uniform(n - i);
                [items[i], items[j]] = [items[j], items[i]];
                return items[i++];
              },
            };
          };

          return { utf8, hex, unhex, unb64, concat, same, sha256, sha512, frame, le, ed25519Verify, vrf, permutation };
        })();

        """;
}
