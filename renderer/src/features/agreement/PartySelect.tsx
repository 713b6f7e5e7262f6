import type { Party } from '#shared/agreement/model';

interface Props {
  label: string;
  parties: readonly Party[];
  value: string;
  onChange(partyId: string): void;
  /** The label of the empty choice; omitted when a party must be chosen. */
  none?: string;
  className?: string;
}

/** A labelled choice of party, used wherever a clause, note or objection names one. */
export function PartySelect({
  label,
  parties,
  value,
  onChange,
  none,
  className = 'field-inline',
}: Props) {
  return (
    <label className={className}>
      <span className={className === 'field-inline' ? undefined : 'visually-hidden'}>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {none !== undefined && <option value="">{none}</option>}
        {parties.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
