namespace TenderHall.Portal.Account;

/// <summary>
/// Reads a private key file on the bidder's machine (never uploaded) into WebCrypto, as the global <c>keyFile</c>: the
/// signing key as a non-extractable ECDSA P-256 key (sign-in, bid signature), and the public half of an ECDH P-256
/// encryption key (bidder-and-quorum sealing), and a custodian's ECDH key itself (unwrapping its share at the opening).
/// Refusals carry the page's <c>messages</c> (sm2, unsupported, encrypted, noWebCrypto).
/// </summary>
public static class KeyFileScript
{
    // Curve OIDs as they appear in the DER: prime256v1 (1.2.840.10045.3.1.7) and SM2 (1.2.156.10197.1.301).

    /// <summary>The script.</summary>
    public static string Source { get; } = """
        const keyFile = (() => {
          const P256 = [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07], SM2 = [0x2a, 0x81, 0x1c, 0xcf, 0x55, 0x01, 0x82, 0x2d];
          const contains = (bytes, oid) => bytes.some((_, i) => oid.every((b, j) => bytes[i + j] === b));
          const fromBase64 = text => Uint8Array.from(atob(text.replace(/\s+/g, '')), c => c.charCodeAt(0));
          const refuse = message => { const e = new Error(message); e.local = true; return e; };
          // The PKCS#8 DER in the file: PEM "PRIVATE KEY", the bidder tool's demo key JSON (member), base64, or DER.
          const pkcs8 = (bytes, member, messages) => {
            const text = new TextDecoder().decode(bytes).trim();
            if (text.startsWith('-----BEGIN ENCRYPTED')) throw refuse(messages.encrypted);
            try {
              if (text.startsWith('{')) return fromBase64(JSON.parse(text)[member]);
              const pem = /-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\s]+)-----END PRIVATE KEY-----/.exec(text);
              if (pem) return fromBase64(pem[1]);
              if (text.startsWith('-----BEGIN')) throw refuse(messages.unsupported);
              return /^[A-Za-z0-9+/=\s]+$/.test(text) ? fromBase64(text) : bytes;
            } catch {
              throw refuse(messages.unsupported);
            }
          };
          const load = async (file, member, messages, use) => {
            if (!window.crypto || !crypto.subtle) throw refuse(messages.noWebCrypto);
            const der = pkcs8(new Uint8Array(await file.arrayBuffer()), member, messages);
            try {
              if (contains(der, SM2)) throw refuse(messages.sm2);
              if (!contains(der, P256)) throw refuse(messages.unsupported);
              return await use(der);
            } catch (e) {
              throw e.local ? e : refuse(messages.unsupported);
            } finally {
              der.fill(0);
            }
          };
          // Not extractable: once imported, not even this page can read the private key back.
          const signingKey = (file, messages) => load(file, 'SigningPkcs8', messages,
            der => crypto.subtle.importKey('pkcs8', der, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']));
          // Only the public point (0x04 || X || Y) leaves this function; the private key object is dropped at once.
          const encryptionPublicKey = (file, messages) => load(file, 'EncryptionPkcs8', messages, async der => {
            const key = await crypto.subtle.importKey('pkcs8', der, { name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
            const jwk = await crypto.subtle.exportKey('jwk', key);
            const coordinate = s => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0));
            const raw = new Uint8Array(65);
            raw[0] = 4; raw.set(coordinate(jwk.x), 1); raw.set(coordinate(jwk.y), 33);
            return raw;
          });
          // A custodian's encryption key, for unwrapping its share of the opening key here (not extractable, like the signing key).
          const encryptionKey = (file, messages) => load(file, 'EncryptionPkcs8', messages,
            der => crypto.subtle.importKey('pkcs8', der, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']));
          return { signingKey, encryptionPublicKey, encryptionKey };
        })();

        """;
}
