import type { ClauseRow } from '#shared/synthesis/synthesis';

/** Every group's clauses in one table: where each stands and what consent it has. */
export function ClauseTable({ clauses }: { clauses: readonly ClauseRow[] }) {
  return (
    <section className="synthesis-section" aria-label="Agreement clauses of every group">
      <h2>Agreement clauses of every group</h2>
      {clauses.length === 0 ? (
        <p className="hint">No group has drafted clauses yet.</p>
      ) : (
        <div className="synthesis-table-wrap">
          <table className="synthesis-table">
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">Clause</th>
                <th scope="col">Text</th>
                <th scope="col">Status</th>
                <th scope="col">Consent</th>
              </tr>
            </thead>
            <tbody>
              {clauses.map((c, i) => (
                <tr key={i}>
                  <td>{c.group}</td>
                  <td>{c.number}</td>
                  <td>{c.text}</td>
                  <td>{c.status}</td>
                  <td>{c.consent}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
