namespace TenderHall.Portal.Account;

/// <summary>
/// The sign-in page's script (证书登录 in the browser): reads the key file on this machine (it is never uploaded), imports
/// it into WebCrypto as a non-extractable ECDSA P-256 key, signs the platform's challenge and keeps the token for this tab.
/// Staff and personal accounts sign in with a password (<c>POST /api/v1/auth/token</c>) on the same page and go back to
/// the page they came from, or to their role's desk.
/// </summary>
public static class SignInScript
{
    /// <summary>The script, after <see cref="BrowserSession.Script"/>.</summary>
    public static string Source { get; } = BrowserSession.Script + KeyFileScript.Source + Template;

    private const string Template = """
        (() => {
          const data = JSON.parse(document.getElementById('signin-data').textContent);
          const form = document.getElementById('signin'), status = document.getElementById('signin-status'), hint = document.getElementById('signin-hint');
          const say = (message, state) => { status.textContent = message; document.body.dataset.signin = state; };
          const toBase64 = buffer => btoa(String.fromCharCode(...new Uint8Array(buffer)));
          const refuse = message => { const e = new Error(message); e.local = true; return e; };
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
              const key = await keyFile.signingKey(file, data);
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
          const staff = document.getElementById('password-signin'), staffStatus = document.getElementById('password-status');
          const tell = (message, state) => { staffStatus.textContent = message; document.body.dataset.signin = state; };
          staff.addEventListener('submit', async event => {
            event.preventDefault();
            const userName = document.getElementById('username').value.trim(), password = document.getElementById('password');
            if (!userName || !password.value) return tell(data.staffMissing, 'failed');
            session.clear();
            tell(data.working, 'working');
            try {
              const token = await session.call('POST', '/api/v1/auth/token', { userName, password: password.value });
              password.value = '';
              session.save(token.accessToken);
              const who = await session.call('GET', '/api/v1/auth/me', undefined, token.accessToken);
              tell(data.signedIn, 'done');
              location.assign(data.staffNext || who.roles.map(r => data.homes[r]).find(Boolean) || data.home);
            } catch (e) {
              tell((e.rule ? e.rule + ' ' : '') + e.message, 'failed');
            }
          });
        })();
        """;
}
