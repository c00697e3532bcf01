namespace TenderHall.Portal.Experts;

/// <summary>
/// The in-browser re-run of a revealed draw, step for step as <c>tenderhall-verify verify-draw</c> (DrawRerun.cs) with the
/// same step names, over <see cref="DrawCheckScript"/> and <see cref="Transparency.LogCheckScript"/>: the global <c>drawRerun(document, seedRule)</c> resolves to
/// <c>{ verified, passed, step, detail }</c>.
/// </summary>
public static class DrawRerunScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = """
        const drawRerun = (() => {
          const c = drawCheck;
          const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
          const specialtyInput = (beta, code) => c.sha512(c.concat(c.utf8('TenderHall/draw/specialty/v1'), beta, c.utf8(code)));

          const select = async (beta, pool, seats) => {
            const taken = new Set(), result = new Map();
            for (const seat of [...seats].sort((a, b) => ordinal(a.specialty, b.specialty))) {
              const members = pool[seat.specialty] || [];
              const wanted = Math.min(members.length, seat.seats + seat.backups + taken.size);
              const order = c.permutation(await specialtyInput(beta, seat.specialty), members.length);
              const picked = [];
              for (let k = 0; k < wanted; k++) {
                const p = members[await order.next()];
                if (!taken.has(p) && picked.length < seat.seats + seat.backups) picked.push(p);
              }
              if (picked.length < seat.seats) throw new Error(`specialty ${seat.specialty} cannot fill its seats`);
              picked.forEach(p => taken.add(p));
              result.set(seat.specialty, { members: picked.slice(0, seat.seats), backups: picked.slice(seat.seats) });
            }
            return result;
          };
          const supplement = async (beta, members, code, taken) => {
            const order = c.permutation(await specialtyInput(beta, code), members.length);
            for (let index = await order.next(); index !== null; index = await order.next()) if (!taken.has(members[index])) return members[index];
            return null;
          };

          // The steps of tenderhall-verify verify-draw (tools/TenderHall.Verifier/DrawRerun.cs), in its order and with its names.
          return async (draw, seedRule) => {
            const passed = [];
            const differs = (step, detail) => ({ verified: false, step, detail, passed });
            const strings = a => a.map(String);
            const seats = draw.seats.map(s => ({ specialty: s.specialty, seats: s.seats, backups: s.backups }));
            const codes = Object.keys(draw.pool).sort(ordinal);
            const poolFields = codes.flatMap(code => [c.utf8(code), c.utf8(String(draw.pool[code].length)), ...draw.pool[code].map(c.utf8)]);
            const poolHash = await c.frame('TenderHall/draw/pool/v1', ...poolFields);
            if (c.hex(poolHash) !== draw.poolHash) return differs('pool', 'the published pool does not hash to the pool hash');
            passed.push('pool');

            const supervisorCommitment = c.unhex(draw.supervisorCommitment);
            const commitment = await c.frame('TenderHall/draw/commit/v1', c.utf8(draw.tenderId), poolHash, c.utf8(String(draw.committeeSize)),
              c.utf8(String(draw.tendereeSeats)), c.utf8(seats.map(s => `${s.specialty}:${s.seats}:${s.backups}`).join(';')), c.utf8(draw.rules.join(';')),
              supervisorCommitment, c.utf8(seedRule));
            if (c.hex(commitment) !== draw.commitment) return differs('commitment', 'the parameters, rules, pool and supervisor commitment do not give the commitment');
            passed.push('commitment');

            let checkpoint;
            try { checkpoint = await logCheck.openCheckpoint(draw.commit.checkpoint, draw.logKey); } catch (e) { return differs('commit-log', 'the checkpoint: ' + e.message); }
            const leaf = c.unb64(draw.commit.leafData);
            if (JSON.parse(new TextDecoder().decode(leaf)).data.commitment !== c.hex(commitment)) return differs('commit-log', 'the logged commit entry carries another commitment');
            const index = BigInt(draw.commit.index);
            if (!await logCheck.included(leaf, index, checkpoint.size, draw.commit.hashes.map(c.unb64), checkpoint.root))
              return differs('commit-log', `the commit entry is not at index ${index} of the signed checkpoint of ${checkpoint.size} entries`);
            passed.push('commit-log');

            const contribution = draw.contribution === null ? null : c.unhex(draw.contribution);
            if (contribution && !c.same(await c.frame('TenderHall/draw/contribution/v1', contribution), supervisorCommitment))
              return differs('contribution', "the supervisor's contribution does not open their commitment");
            passed.push('contribution');
            const seed = await c.frame('TenderHall/draw/seed/v1', checkpoint.root, contribution || new Uint8Array(32), Uint8Array.of(contribution ? 0 : 1));
            if (c.hex(seed) !== draw.seed) return differs('seed', 'the checkpoint root and the contribution do not give the seed');
            passed.push('seed');
            const alpha = await c.frame('TenderHall/draw/alpha/v1', c.utf8(draw.tenderId), poolHash, seed);
            if (c.hex(alpha) !== draw.alpha) return differs('alpha', 'the tender, pool hash and seed do not give the VRF input');
            passed.push('alpha');
            const beta = await c.vrf.verify(c.unb64(draw.vrfPublicKey), c.unb64(draw.proof), alpha);
            if (!beta) return differs('proof', "the ECVRF proof is not valid for the centre's key and this input");
            passed.push('proof');

            const rerun = await select(beta, draw.pool, seats);
            for (const published of draw.selection) {
              const mine = rerun.get(published.specialty);
              rerun.delete(published.specialty);
              if (!mine || mine.members.join() !== strings(published.members).join() || mine.backups.join() !== strings(published.backups).join())
                return differs('selection', `re-running the selection gives other members or backups for specialty ${published.specialty}`);
            }
            if (rerun.size) return differs('selection', 'the document leaves out specialty ' + [...rerun.keys()].join(', '));
            passed.push('selection');

            const names = new Map();
            for (const identity of draw.identities) {
              const opened = (await c.frame('TenderHall/draw/member/v1', c.unhex(identity.salt), c.utf8(identity.expertId))).slice(0, 16);
              if (c.hex(opened) !== identity.pseudonym) return differs('identities', `the expert named for pseudonym ${identity.pseudonym} does not open it`);
              names.set(identity.pseudonym, identity.name);
            }
            passed.push('identities');

            const holders = new Map(), backups = new Map(), taken = new Set();
            for (const drawn of draw.selection) {
              drawn.members.forEach((m, i) => holders.set(`${drawn.specialty}/${i + 1}`, m));
              backups.set(drawn.specialty, [...drawn.backups]);
              [...drawn.members, ...drawn.backups].forEach(p => taken.add(p));
            }
            for (const r of draw.replacements) {
              const code = r.seat.split('/')[0], queue = backups.get(code);
              if (holders.get(r.seat) !== r.out || !queue) return differs('replacements', `the replacement in seat ${r.seat} does not take over from the seat's holder`);
              const supplementary = queue.length === 0;
              const next = supplementary ? await supplement(beta, draw.pool[code], code, taken) : queue.shift();
              if (next === null || next !== r.in || supplementary !== (r.supplementary === true))
                return differs('replacements', supplementary
                  ? `the replacement in seat ${r.seat} is not the specialty's supplementary draw from the same proof and pool`
                  : `the replacement in seat ${r.seat} is not the specialty's next backup`);
              taken.add(next);
              holders.set(r.seat, next);
            }
            passed.push('replacements');
            for (const member of draw.committee)
              if (holders.get(member.seat) !== member.pseudonym || names.get(member.pseudonym) !== member.name)
                return differs('committee', `seat ${member.seat} is not held by the published expert`);
            passed.push('committee');
            return { verified: true, passed, seats: holders.size, replacements: draw.replacements.length, committee: draw.committee.length };
          };
        })();

        """;
}
