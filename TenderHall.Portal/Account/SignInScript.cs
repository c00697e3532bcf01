namespace TenderHall.Portal.Account;

/// <summary>
/// The sign-in page's script (证书登录 in the browser): reads the key file on this machine (it is never uploaded), imports
/// it into WebCrypto as a non-extractable ECDSA P-256 key, signs the platform's challenge and keeps the token for this tab.
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
        })();
        """;
}
