import type { SynthesisProposition } from '#shared/synthesis/synthesis';

/** One proposition, then each group's conclusions in its own column, surprising ones marked. */
export function SideBySide({
  proposition,
  heading,
}: {
  proposition: SynthesisProposition;
  heading: string;
}) {
  return (
    <section className="synthesis-section" aria-label={heading}>
      <h2>{heading}</h2>
      <p className="synthesis-proposition">{proposition.text}</p>
      <div className="synthesis-columns">
        {proposition.groups.map((g, i) => (
          <section key={i} className="synthesis-column" aria-label={`Conclusions of ${g.group}`}>
            <h3>{g.group}</h3>
            {g.conclusions.length === 0 ? (
              <p className="hint">No conclusions recorded.</p>
            ) : (
              <ul className="synthesis-list">
                {g.conclusions.map((c, n) => (
                  <li key={n}>
                    {c.surprising && <span className="synthesis-badge">Surprising</span>}
                    {c.text}
                    {c.votes ? <span className="synthesis-meta"> · {c.votes} votes</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
