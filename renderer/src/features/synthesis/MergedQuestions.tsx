import type { WorkshopId } from '#shared/domain/ids';
import type { QuestionCluster, QuestionItem } from '#shared/synthesis/nearDuplicates';

import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { setQuestionApart } from './commands/synthesisCommands';

interface Props {
  workshopId: WorkshopId;
  clusters: readonly QuestionCluster[];
  apart: readonly string[];
}

/**
 * Every group's open questions, near-duplicates put together by their words. Each grouping says
 * why and offers Split on each question, because similar words are not always the same question;
 * a split question offers Put back.
 */
export function MergedQuestions({ workshopId, clusters, apart }: Props) {
  const run = useRunWithNotice();
  const split = (q: QuestionItem, isApart: boolean) =>
    void run(setQuestionApart, { workshopId, key: q.key, apart: isApart });
  return (
    <section className="synthesis-section" aria-label="Open questions, merged">
      <h2>Open questions, merged</h2>
      {clusters.length === 0 ? (
        <p className="hint">No open questions recorded.</p>
      ) : (
        <ol className="synthesis-questions">
          {clusters.map((cluster) => {
            const first = cluster.items[0]!;
            if (cluster.items.length === 1)
              return (
                <li key={first.key}>
                  <span>{first.text}</span> <span className="synthesis-meta">— {first.group}</span>
                  {apart.includes(first.key) && (
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={`Put back “${first.text}” with similar questions`}
                      onClick={() => split(first, false)}
                    >
                      Put back
                    </button>
                  )}
                </li>
              );
            return (
              <li key={first.key} className="synthesis-cluster">
                <p className="synthesis-cluster-why">
                  {cluster.items.length} questions put together:{' '}
                  {cluster.similarity === 1
                    ? 'they use the same words'
                    : `they share at least ${Math.round(cluster.similarity * 100)}% of their words`}
                  . Split any that asks something else.
                </p>
                <ul role="list" aria-label={`Similar to “${first.text}”`}>
                  {cluster.items.map((q) => (
                    <li key={q.key}>
                      <span>{q.text}</span> <span className="synthesis-meta">— {q.group}</span>
                      <button
                        type="button"
                        className="button button-quiet"
                        aria-label={`Split “${q.text}” from the similar questions`}
                        onClick={() => split(q, true)}
                      >
                        Split
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
