namespace TenderHall.Portal.Supervision;

/// <summary>
/// The supervisor's day: the openings whose bid deadline falls on the chosen day (Beijing time), each linked to its
/// opening room, and the day's alarms with acknowledgement and a note (<c>POST /api/v1/supervision/alarm-acknowledgements</c>).
/// </summary>
public static class SupervisionDayScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = SupervisionPagesScript.Common + """
        (() => {
          const { data, $, token, call, fill, status } = page;
          const { beijing } = evaluation;
          const { run, keep, forget, check } = supervision;
          if (!token) { $('signed-out').hidden = false; return status(data.signIn); }
          const href = path => data.lang ? `${path}?lang=${data.lang}` : path;
          const dayOf = iso => beijing(iso).slice(0, 10);
          const anchor = (text, path) => Object.assign(document.createElement('a'), { href: href(path), textContent: text });
          // Openings happen at the bid deadline (BL 34): every announced tender is read, newest first, and kept when its
          // deadline falls on the day; the public list is what an integrator would read as well.
          const openings = async day => {
            const found = [];
            for (let skip = 0, total = 1; skip < total; skip += 200) {
              const listed = await call('GET', `/api/v1/tenders?skip=${skip}&take=200`);
              total = listed.total;
              found.push(...listed.items.filter(t => t.schedule && dayOf(t.schedule.bidDeadline) === day));
            }
            found.sort((a, b) => Date.parse(a.schedule.bidDeadline) - Date.parse(b.schedule.bidDeadline));
            fill('openings', found, t => {
              const links = document.createElement('span');
              const room = `/opening/${encodeURIComponent(t.id)}`;
              links.append(anchor(data.enter, room), ' · ', anchor(data.hall, `/tenders/${encodeURIComponent(t.id)}/opening`));
              return [beijing(t.schedule.bidDeadline), `${t.registration.title} (${t.id})`, t.registration.projectCode, data.statuses[t.status] || t.status, links];
            });
            $('no-openings').hidden = found.length > 0;
          };
          const acknowledged = a => a.acknowledgedBy ? `${a.acknowledgedBy} · ${beijing(a.acknowledgedAt)}` : data.notYet;
          const notes = a => a.notes.map(n => `${n.by} ${beijing(n.at)}: ${n.text}`).join('\n');
          const alarms = async day => {
            const list = await call('GET', `/api/v1/supervision/alarms?day=${day}`);
            fill('alarms', list, a => [beijing(a.raisedAt), data.severities[a.severity] || a.severity, a.code, a.subject, a.message, acknowledged(a), notes(a), form(day, a, list.indexOf(a))]);
            $('no-alarms').hidden = list.length > 0;
          };
          // Each alarm its own small form: a labelled note and the button; the note is kept in the tab until it is sent.
          const form = (day, alarm, i) => {
            const cell = document.createElement('div');
            const id = `note-${day}-${i}`;
            const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: data.noteLabel });
            const note = Object.assign(document.createElement('textarea'), { id, rows: 2, cols: 30 });
            note.dataset.alarm = alarm.id;
            const send = Object.assign(document.createElement('button'), { type: 'button', textContent: alarm.acknowledgedBy ? data.addNote : data.acknowledge });
            send.dataset.alarm = alarm.id;
            send.addEventListener('click', () => run(async () => {
              check(note.value.trim().length > 2000 ? [[id, data.tooLong]] : []);
              await call('POST', '/api/v1/supervision/alarm-acknowledgements', { day, alarmId: alarm.id, note: note.value });
              forget(note);
              await alarms(day);
              status(data.done);
            }));
            cell.append(label, note, send);
            keep(note);
            return cell;
          };
          const show = async () => {
            const day = $('day').value;
            await Promise.all([openings(day), alarms(day)]);
            status(data.loaded);
          };
          $('day-form').addEventListener('submit', e => { e.preventDefault(); run(show); });
          run(async () => {
            const asked = new URLSearchParams(location.search).get('day');
            $('day').value = asked || dayOf((await call('GET', '/api/v1/clock')).now);
            await show();
          });
        })();
        """;
}
