namespace TenderHall.Portal.Account;

/// <summary>
/// The sign-in page's script (证书登录 in the browser): reads the key file on this machine (it is never uploaded), imports
/// it into WebCrypto as a non-extractable ECDSA P-256 key, signs the platform's challenge and keeps the token for this tab.
/// </summary>
public static class SignInScript
{
    /// <summary>The script, after <see cref="BrowserSession.Script"/>.</summary>
    public static string Source { get; } = BrowserSession.Script + Template;

    // Curve OIDs as they appear in the DER: prime256v1 (1.2.840.10045.3.1.7) and SM2 (1.2.156.10197.1.301).
    private const string Template = """
        (() => {
          const data = JSON.parse(document.getElementById('signin-data').textContent);
          const form = document.getElementById('signin'), status = document.getElementById('signin-status'), hint = document.getElementById('signin-hint');
          const say = (message, state) => { status.textContent = message; document.body.dataset.signin = state; };
          const P256 = [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07], SM2 = [0x2a, 0x81, 0x1c, 0xcf, 0x55, 0x01, 0x82, 0x2d];
          const contains = (bytes, oid) => bytes.some((_, i) => oid.every((b, j) => bytes[i + j] === b));
          const fromBase64 = text => Uint8Array.from(atob(text.replace(/\s+/g, '')), c => c.charCodeAt(0));
          const toBase64 = buffer => btoa(String.fromCharCode(...new Uint8Array(buffer)));
          const refuse = message => { const e = new Error(message); e.local = true; return e; };
          // The PKCS#8 DER in the file: PEM "PRIVATE KEY", the bidder tool's demo key JSON (SigningPkcs8), base64, or DER.
          const pkcs8 = bytes => {
            const text = new TextDecoder().decode(bytes).trim();
            if (text.startsWith('-----BEGIN ENCRYPTED')) throw refuse(data.encrypted);
            try {
              if (text.startsWith('{')) return fromBase64(JSON.parse(text).SigningPkcs8);
              const pem = /-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\s]+)-----END PRIVATE KEY-----/.exec(text);
              if (pem) return fromBase64(pem[1]);
              if (text.startsWith('-----BEGIN')) throw refuse(data.unsupported);
              return /^[A-Za-z0-9+/=\s]+$/.test(text) ? fromBase64(text) : bytes;
            } catch {
              throw refuse(data.unsupported);
            }
          };
          const importKey = async file => {
            if (!window.crypto || !crypto.subtle) throw refuse(data.noWebCrypto);
            const der = pkcs8(new Uint8Array(await file.arrayBuffer()));
            try {
              if (contains(der, SM2)) throw refuse(data.sm2);
              if (!contains(der, P256)) throw refuse(data.unsupported);
              // Not extractable: once imported, not even this page can read the private key back.
              return await crypto.subtle.importKey('pkcs8', der, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
            } catch (e) {
              throw e.local ? e : refuse(data.unsupported);
            } finally {
              der.fill(0);
            }
          };
          form.addEventListener('submit', async event => {
            event.preventDefault();
            const organization = document.getElementById('organization').value.trim(), file = document.getElementById('key').files[0];
            hint.hidden = true;
            if (!organization || !file) return say(data.missing, 'failed');
            // A new sign-in replaces the old one, whether or not it succeeds.
            session.clear();
            say(data.working, 'working');
            try {
              // The key is loaded before the platform is asked: a file that cannot sign wastes no challenge.
              const key = await importKey(file);
              const challenge = await session.call('POST', '/api/v1/auth/challenge', { organizationId: organization });
              if (challenge.organizationId !== organization) throw refuse(data.wrongChallenge);
              // The message the bidder tool signs (LoginCommand.ChallengeMessage).
              const message = new TextEncoder().encode(`TenderHall sign-in v1\n${challenge.id}\n${organization}\n${challenge.nonce}\n`);
              // WebCrypto's ECDSA signature is IEEE P1363 r||s (64 bytes), the format the platform verifies.
              const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, message);
              const token = await session.call('POST', '/api/v1/auth/certificate', { challengeId: challenge.id, signature: toBase64(signature) });
              session.save(token.accessToken);
              say(data.signedIn, 'done');
              location.assign(data.next);
            } catch (e) {
              say(e.message, 'failed');
              if (e.rule === 'AUTH-CERTIFICATE') { hint.textContent = data.credentialsHint; hint.hidden = false; }
            }
          });
        })();
        """;
}
