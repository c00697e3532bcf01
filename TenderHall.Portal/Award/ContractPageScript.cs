namespace TenderHall.Portal.Award;

/// <summary>
/// The parties' contract page: the platform-signed draft (BLR 58: bond at most 10 %), each party's signature (the signed
/// attributes are signed in the party's own tool; no private key is in the tab), the BL 46 and BL 47 deadlines, the
/// procurement filing, the written report, the archive and the trade certificate.
/// </summary>
public static class ContractPageScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = AwardPagesScript.Common + """
        (() => {
          const { data, $, token, call, status, fill } = page;
          const { act, clock, due, yuan, fen, tenderUrl, preset } = after;
          const { beijing, save } = evaluation;
          if (!token) return status(data.signIn);
          const show = async v => {
            const now = await clock();
            const c = v.contract;
            status(data.statuses[v.status] || v.status);
            fill('summary', [
              [data.winner, v.award ? v.award.bidderName : ''],
              [data.contractDue, due(v.contractDue, now, c && c.signedAt)],
              [data.value, c ? yuan(c.valueFen) : ''],
              [data.bond, c ? yuan(c.performanceBondFen) : ''],
              [data.signedAt, c && c.signedAt ? beijing(c.signedAt) : ''],
              [data.filingDue, c ? due(c.filingDue, now, c.filedAt) : ''],
              [data.reportDue, due(v.reportDue, now, v.reportFiledAt)],
              [data.archivedAt, v.archivedAt ? beijing(v.archivedAt) : ''],
            ], r => r);
            fill('signatures', c ? c.signatures : [], s => [s.organizationId, s.userName, s.keyId, beijing(s.signedAt)]);
            $('attributes').value = c && c.pending ? c.pending.signedAttributes : '';
            $('certificate').href = tenderUrl('/certificate');
            $('certificate').hidden = !v.certificateSha256;
          };
          const command = (id, work) => act(id, async () => show(await work()));
          command('load', () => call('GET', tenderUrl('/award')));
          command('draft', () => call('POST', tenderUrl('/contract'), { valueFen: fen($('value').value), performanceBondFen: fen($('bond').value), terms: $('terms').value }));
          command('prepare', () => call('POST', tenderUrl('/contract/signing-request'), {}));
          command('sign', () => call('POST', tenderUrl('/contract/signature'), { signature: $('signature').value.trim() }));
          command('file', () => call('POST', tenderUrl('/contract/filing')));
          command('report', () => call('POST', tenderUrl('/report')));
          command('archive', () => call('POST', tenderUrl('/archive')));
          act('contract-pdf', () => save(tenderUrl('/contract.pdf'), 'contract.pdf'));
          act('report-pdf', () => save(tenderUrl('/report.pdf'), 'written-report.pdf'));
          act('archive-zip', () => save(tenderUrl('/archive.zip'), 'archive.zip'));
          preset('tender', async () => show(await call('GET', tenderUrl('/award'))));
        })();
        """;
}
