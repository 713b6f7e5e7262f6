import type { Synthesis } from '#shared/synthesis/synthesis';

interface Props {
  lenses: Synthesis['topPoints'];
  surprising: Synthesis['surprising'];
}

/** What the room cared most about in each lens, across groups, and the conclusions that surprised. */
export function TopPoints({ lenses, surprising }: Props) {
  return (
    <>
      <section className="synthesis-section" aria-label="Most-voted points per lens">
        <h2>Most-voted points per lens</h2>
        <div className="synthesis-columns">
          {lenses.map((lens) => (
            <section
              key={lens.lens}
              className={`synthesis-column lens-${lens.lens}`}
              aria-label={lens.label}
            >
              <h3>{lens.label}</h3>
              {lens.points.length === 0 ? (
                <p className="hint">No votes placed under this lens.</p>
              ) : (
                <ol className="synthesis-list">
                  {lens.points.map((p, i) => (
                    <li key={i}>
                      {p.text}
                      <span className="synthesis-meta">
                        {' '}
                        · {p.group} · {p.votes === 1 ? '1 vote' : `${p.votes} votes`}
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          ))}
        </div>
      </section>
      <section className="synthesis-section" aria-label="Surprising conclusions">
        <h2>Surprising conclusions</h2>
        {surprising.length === 0 ? (
          <p className="hint">No conclusion was flagged as surprising.</p>
        ) : (
          <ul className="synthesis-list">
            {surprising.map((c, i) => (
              <li key={i}>
                <span className="synthesis-badge">Surprising</span>
                {c.text}
                <span className="synthesis-meta"> · {c.group}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
