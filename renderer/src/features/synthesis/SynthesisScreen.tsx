import { useMemo } from 'react';

import { balanceChart } from '#shared/charts/balanceChart';
import { practicabilityChart } from '#shared/charts/practicabilityChart';
import type { WorkshopId } from '#shared/domain/ids';
import { buildSynthesis } from '#shared/synthesis/synthesis';

import { isReadFailure } from '../../db/readOrFailure';
import { ReadFailedPanel } from '../../ui/ReadFailedPanel';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { routeHref } from '../../ui/useHashRoute';
import { ChartFigure } from './ChartFigure';
import { ClauseTable } from './ClauseTable';
import { MergedQuestions } from './MergedQuestions';
import { SideBySide } from './SideBySide';
import { SynthesisExport } from './SynthesisExport';
import { TopPoints } from './TopPoints';
import { useSynthesisData } from './useSynthesisData';

const BACK = { to: { name: 'home' as const }, label: '← All sessions' };

/** An away day's groups side by side: the organiser's view of the whole day (docs/synthesis.md). */
export function SynthesisScreen({ workshopId }: { workshopId: WorkshopId }) {
  const data = useSynthesisData(workshopId);
  const ready = data && !isReadFailure(data) ? data : null;
  const synthesis = useMemo(
    () =>
      ready &&
      buildSynthesis(
        ready.sessions,
        { name: ready.workshop.name },
        {
          anonymise: false,
          includePrivateNotes: false,
          includeBalance: true,
          apart: ready.apart,
          generatedAt: 0,
        },
      ),
    [ready],
  );
  if (isReadFailure(data))
    return <ReadFailedPanel what="this away day's sessions" detail={data.message} />;
  if (data === undefined)
    return (
      <p className="hint" role="status">
        Gathering the groups…
      </p>
    );
  if (data === null || !synthesis)
    return (
      <div className="synthesis-screen">
        <ScreenHeader back={BACK} title="Synthesis" />
        <p role="alert">This away day no longer exists.</p>
      </div>
    );
  const { workshop, sessions, apart } = data;
  return (
    <div className="synthesis-screen">
      <ScreenHeader back={BACK} title={`${workshop.name}: synthesis`}>
        <SynthesisExport name={workshop.name} sessions={sessions} apart={apart} />
      </ScreenHeader>
      <main className="synthesis-main">
        <p className="synthesis-groups">
          {sessions.length === 0
            ? 'No sessions are filed under this away day yet: file each group’s session under it on the home screen, or import their backups with “Add to workshop”.'
            : `${sessions.length} ${sessions.length === 1 ? 'group' : 'groups'}: ${synthesis.groups.join(', ')}.`}
        </p>
        {synthesis.propositions.map((p, i) => (
          <SideBySide
            key={i}
            proposition={p}
            heading={synthesis.propositions.length > 1 ? `Proposition ${i + 1}` : 'Proposition'}
          />
        ))}
        <TopPoints lenses={synthesis.topPoints} surprising={synthesis.surprising} />
        <MergedQuestions workshopId={workshopId} clusters={synthesis.questions} apart={apart} />
        <ClauseTable clauses={synthesis.clauses} />
        {synthesis.practicability.length > 0 && (
          <section className="synthesis-section" aria-label="Practicability at a glance">
            <h2>Practicability at a glance</h2>
            {synthesis.practicability.map((g, i) => (
              <section key={i} aria-label={`Practicability of ${g.group}`}>
                <h3>{g.group}</h3>
                <ChartFigure chart={practicabilityChart(g.points, `practicability-${i}`)} />
              </section>
            ))}
          </section>
        )}
        {synthesis.balance && synthesis.balance.length > 0 && (
          <section className="synthesis-section" aria-label="Balance of voices">
            <h2>Balance of voices</h2>
            <p className="hint">
              In the export only when you choose “Include the balance of voices”.
            </p>
            {synthesis.balance.map((g, i) => (
              <section key={i} aria-label={`Balance of voices in ${g.group}`}>
                <h3>{g.group}</h3>
                <ChartFigure chart={balanceChart(g.balance, `balance-${i}`)} />
              </section>
            ))}
          </section>
        )}
        <section className="synthesis-section" aria-label="Each group's write-up">
          <h2>Each group’s write-up</h2>
          <p className="hint">The export carries each write-up in full as an appendix.</p>
          <ul className="synthesis-list">
            {sessions.map((s) => (
              <li key={s.session.id}>
                <a href={routeHref({ name: 'session', sessionId: s.session.id })}>
                  {s.session.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}
