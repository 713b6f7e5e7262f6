import { useId, useState, type FormEvent } from 'react';

import {
  clauseNumber,
  sectionClauses,
  type AgreementState,
  type Clause,
  type PartyId,
  type SectionId,
} from '#shared/agreement/model';
import type { AmendInput, ClauseInput } from '#shared/agreement/negotiation';

import { FormFooter } from './FormFooter';
import { PartySelect } from './PartySelect';

interface Props {
  state: AgreementState;
  section: SectionId;
  /** The clause being amended; absent when adding a new clause. */
  clause?: Clause;
  /** Returns a refusal message to show, or null when saved. */
  onSave(input: ClauseInput & AmendInput): Promise<string | null>;
  onCancel(): void;
}

/** A typed owner is a party when it names one of the draft's parties, otherwise a person. */
function followUpOf(state: AgreementState, owner: string, nextStep: string) {
  const name = owner.trim();
  const party = state.parties.find((p) => p.name.toLowerCase() === name.toLowerCase());
  return party
    ? { owner: party.id as string, ownerKind: 'party' as const, nextStep }
    : { owner: name, ownerKind: name ? ('person' as const) : ('none' as const), nextStep };
}

/**
 * Adds or amends a clause. Amending asks who proposed the change and why, because the amendment
 * history is how the group later sees how the wording was reached.
 */
export function ClauseEditor({ state, section, clause, onSave, onCancel }: Props) {
  const id = useId();
  const amending = clause !== undefined;
  const [text, setText] = useState(clause?.text ?? '');
  const [partyId, setPartyId] = useState<string>(
    clause?.partyId ?? (section === 'commitments' ? (state.parties[0]?.id ?? '') : ''),
  );
  const [level, setLevel] = useState({ what: '', standard: '', frequency: '', ...clause?.level });
  const [cont, setCont] = useState({
    condition: '',
    consequence: '',
    objectiveIds: [] as string[],
    commitmentIds: [] as string[],
    ...clause?.contingency,
  });
  const [review, setReview] = useState({
    reporter: '',
    reportsTo: '',
    measure: '',
    reviewDate: '',
    ...clause?.review,
  });
  const [owner, setOwner] = useState(() => {
    const f = clause?.followUp;
    if (!f) return '';
    return f.ownerKind === 'party'
      ? (state.parties.find((p) => p.id === f.owner)?.name ?? '')
      : f.owner;
  });
  const [nextStep, setNextStep] = useState(clause?.followUp?.nextStep ?? '');
  const [dueDate, setDueDate] = useState(clause?.dueDate ?? '');
  const [proposedBy, setProposedBy] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // A level of functioning whose "what" was the clause's own wording follows the wording as it is amended.
  function changeText(next: string) {
    if (level.what === text) setLevel({ ...level, what: next });
    setText(next);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const problem = await onSave({
      section,
      text,
      partyId: (partyId || null) as PartyId | null,
      level: section === 'commitments' ? level : undefined,
      contingency: section === 'contingencies' ? (cont as ClauseInput['contingency']) : undefined,
      review: section === 'review' ? review : undefined,
      followUp: section === 'questions' ? followUpOf(state, owner, nextStep) : undefined,
      dueDate: section === 'commitments' ? dueDate : undefined,
      proposedBy: (proposedBy || null) as PartyId | null,
      reason,
    });
    setSaving(false);
    setError(problem);
  }

  const field = (label: string, value: string, set: (v: string) => void, type = 'text') => (
    <label className="field-inline">
      <span>{label}</span>
      <input type={type} value={value} onChange={(e) => set(e.target.value)} />
    </label>
  );
  const toggle = (list: string[], item: string) =>
    list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
  const linkBoxes = (legend: string, of: SectionId, key: 'objectiveIds' | 'commitmentIds') => (
    <fieldset className="link-boxes">
      <legend>{legend}</legend>
      {sectionClauses(state, of).length === 0 && <p className="hint">None yet.</p>}
      {sectionClauses(state, of).map((c) => (
        <label key={c.id} className="check">
          <input
            type="checkbox"
            checked={cont[key].includes(c.id)}
            onChange={() => setCont({ ...cont, [key]: toggle(cont[key], c.id) })}
          />
          <span>
            {clauseNumber(state, c.id)} {c.text}
          </span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <form
      className="clause-editor"
      onSubmit={(e) => void submit(e)}
      aria-label={amending ? 'Amend clause' : 'New clause'}
    >
      <label className="field-inline field-wide">
        <span>Clause text</span>
        <textarea
          id={`${id}-text`}
          value={text}
          rows={3}
          autoFocus
          onChange={(e) => changeText(e.target.value)}
          aria-invalid={error !== null}
        />
      </label>
      {(section === 'commitments' || partyId) && (
        <PartySelect
          label={section === 'commitments' ? 'Party committing' : 'Party'}
          parties={state.parties}
          value={partyId}
          onChange={setPartyId}
          none={section === 'commitments' ? 'Choose a party…' : 'None'}
        />
      )}
      {section === 'commitments' && (
        <fieldset className="detail-grid">
          <legend>Level of functioning (for a service)</legend>
          {field('What', level.what, (v) => setLevel({ ...level, what: v }))}
          {field('Standard or measure', level.standard, (v) => setLevel({ ...level, standard: v }))}
          {field('Frequency', level.frequency, (v) => setLevel({ ...level, frequency: v }))}
          {field('Due by', dueDate, setDueDate, 'date')}
        </fieldset>
      )}
      {section === 'contingencies' && (
        <fieldset className="detail-grid">
          <legend>If / then</legend>
          {field('If', cont.condition, (v) => setCont({ ...cont, condition: v }))}
          {field('Then', cont.consequence, (v) => setCont({ ...cont, consequence: v }))}
          {linkBoxes('Objectives that depend on this', 'objectives', 'objectiveIds')}
          {linkBoxes('On which commitments', 'commitments', 'commitmentIds')}
        </fieldset>
      )}
      {section === 'review' && (
        <fieldset className="detail-grid">
          <legend>Who answers, and when it is reviewed</legend>
          {field('Who reports', review.reporter, (v) => setReview({ ...review, reporter: v }))}
          {field('Reports to', review.reportsTo, (v) => setReview({ ...review, reportsTo: v }))}
          {field('What is measured', review.measure, (v) => setReview({ ...review, measure: v }))}
          {field(
            'Review date',
            review.reviewDate,
            (v) => setReview({ ...review, reviewDate: v }),
            'date',
          )}
        </fieldset>
      )}
      {section === 'questions' && (
        <fieldset className="detail-grid">
          <legend>Who takes it forward</legend>
          <label className="field-inline">
            <span>Owner</span>
            <input
              value={owner}
              list={`${id}-owners`}
              placeholder="A party, or a person by name"
              onChange={(e) => setOwner(e.target.value)}
            />
            <datalist id={`${id}-owners`}>
              {state.parties.map((p) => (
                <option key={p.id} value={p.name} />
              ))}
            </datalist>
          </label>
          {field('Next step', nextStep, setNextStep)}
        </fieldset>
      )}
      {amending && (
        <div className="detail-grid">
          <PartySelect
            label="Proposed by"
            parties={state.parties}
            value={proposedBy}
            onChange={setProposedBy}
            none="The facilitator, for the room"
          />
          {field('Reason for the change', reason, setReason)}
        </div>
      )}
      <FormFooter
        error={error}
        submitLabel={amending ? 'Save amendment' : 'Add clause'}
        onCancel={onCancel}
        busy={saving}
      />
    </form>
  );
}
