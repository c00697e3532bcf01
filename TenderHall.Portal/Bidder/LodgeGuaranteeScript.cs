namespace TenderHall.Portal.Bidder;

/// <summary>
/// Lodging a guarantee letter for the bid deposit (<c>POST /api/v1/guarantees</c>, BLR 26) and following it until the issuer's
/// signed decision verifies or rejects it (in a demo the simulated issuer's page gives that decision).
/// </summary>
public static class LodgeGuaranteeScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = BidderPagesScript.Common + """
        (() => {
          const { data, $, call, status } = page;
          const { yuan } = after;
          const { beijing } = evaluation;
          const { act, submit, check, me, start, tender: load } = bidder;
          let tender = null;
          // A date in Beijing time: validity from the start of its first day to the end of its last.
          const day = (value, end) => new Date(Date.parse(`${value}T${end ? '23:59:59' : '00:00:00'}+08:00`)).toISOString();
          const date = iso => beijing(iso).slice(0, 10);
          const show = async () => {
            tender = await load();
            const id = `bg:${tender.id}:${(await me()).organizationId}`;
            $('tender-title').textContent = tender.registration.title;
            $('deposit').textContent = yuan(tender.registration.depositFen);
            $('deadline').textContent = tender.schedule ? beijing(tender.schedule.bidDeadline) : '';
            if (!$('amount').value) $('amount').value = (tender.registration.depositFen / 100).toFixed(2);
            let letter = null;
            try { letter = await call('GET', '/api/v1/guarantees/' + encodeURIComponent(id)); }
            catch (e) { if (e.rule !== 'GUAR-NONE') throw e; }
            $('letter-none').hidden = !!letter;
            $('letter').hidden = !letter;
            if (letter) {
              $('letter-status').textContent = data.statuses[letter.status] || letter.status;
              $('letter-number').textContent = letter.letterNumber;
              $('letter-issuer').textContent = `${letter.issuerName} (${letter.issuerCreditCode})`;
              $('letter-amount').textContent = yuan(letter.amountFen);
              $('letter-validity').textContent = `${date(letter.validFrom)} – ${date(letter.validUntil)}`;
            }
            const pending = letter && letter.status === 'Lodged';
            $('issuer').hidden = !pending || !data.issuerPage;
            if (pending && data.issuerPage)
              $('issuer').href = `${data.issuerPage}${data.issuerPage.includes('?') ? '&' : '?'}guarantee=${encodeURIComponent(id)}&return=${encodeURIComponent(location.pathname + location.search)}`;
            document.body.dataset.letter = letter ? letter.status : 'none';
          };
          act('refresh', show);
          submit('letter-form', async () => {
            const v = id => $(id).value.trim(), e = data.errors;
            check(['issuer-name', v('issuer-name').length > 0 && v('issuer-name').isWellFormed(), e.issuer],
              ['issuer-code', /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v('issuer-code')), e.code],
              ['letter-no', v('letter-no').length > 0 && v('letter-no').isWellFormed(), e.number],
              ['amount', /^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$/.test(v('amount')) && Number(v('amount')) > 0, e.amount],
              ['valid-from', v('valid-from') !== '', e.from], ['valid-until', v('valid-until') !== '', e.until]);
            const letter = await call('POST', '/api/v1/guarantees', {
              tenderId: tender.id, issuerName: v('issuer-name'), issuerCreditCode: v('issuer-code'), letterNumber: v('letter-no'),
              amountFen: Math.round(Number(v('amount')) * 100), validFrom: day(v('valid-from')), validUntil: day(v('valid-until'), true),
            });
            status(`${data.lodged} ${letter.letterNumber}`);
            await show();
          });
          start(show);
        })();
        """;
}
