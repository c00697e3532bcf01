namespace TenderHall.Portal.Experts;

/// <summary>
/// The supervisor's witness page: check-in, a contribution generated in this browser (it never leaves the tab before the
/// reveal), its commitment, the reveal, absences, the record and its countersignature, and declaring the result.
/// </summary>
public static class DrawWitnessScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = DrawPagesScript.Common + """
        (() => {
          const { data, $, token, call, status, guard, fill, tender } = page;
          if (!token) return status(data.signIn);
          const hex = bytes => Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
          const url = path => `/api/v1/tenders/${tender()}/draw${path}`;
          const key = () => 'tenderhall.draw.' + tender();
          // docs/experts.md: commitment = SHA-256(ASCII "TenderHall/draw/contribution/v1" || uint32_be(32) || contribution).
          const commitment = async contribution => {
            const domain = new TextEncoder().encode('TenderHall/draw/contribution/v1');
            const framed = new Uint8Array(domain.length + 4 + contribution.length);
            framed.set(domain);
            new DataView(framed.buffer).setUint32(domain.length, contribution.length);
            framed.set(contribution, domain.length + 4);
            return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', framed)));
          };
          const show = view => {
            status(`${view.status} · ${view.poolHash}`);
            fill('seats', view.seats, s => [s.seat, s.name, s.pseudonym, data.seatStatuses[s.status] || s.status]);
            $('attributes').value = view.signingRequest ? view.signingRequest.signedAttributes : '';
          };
          const act = (id, work) => $(id).addEventListener('click', () => guard(async () => show(await work())));
          act('load', () => call('GET', url('')));
          act('check-in', () => call('POST', url('/check-in')));
          act('commit', async () => {
            const contribution = crypto.getRandomValues(new Uint8Array(32));
            sessionStorage.setItem(key(), hex(contribution));
            return call('POST', url('/commit'), { commitment: await commitment(contribution) });
          });
          act('contribute', () => call('POST', url('/contribution'), { contribution: sessionStorage.getItem(key()) }));
          act('absent', () => call('POST', url('/absences'), { seat: $('seat').value.trim() }));
          act('record', () => call('POST', url('/record'), {
            recordings: $('recordings').value.split('\n').map(l => l.trim()).filter(l => l).map(l => {
              const at = l.lastIndexOf(' ');
              return { name: l.slice(0, at).trim(), sha256: l.slice(at + 1).toLowerCase() };
            }),
          }));
          act('prepare', () => call('POST', url('/record/signing-request'), {}));
          act('countersign', () => call('POST', url('/record/countersign'), { signature: $('signature').value.trim() }));
          act('reveal', () => call('POST', url('/reveal'), { ground: $('ground').value }));
          const preset = new URLSearchParams(location.search).get('tender');
          if (preset) { $('tender').value = preset; guard(async () => show(await call('GET', url('')))); }
        })();
        """;
}
