import type { AgreementState, MandateNote, PartyId } from '../../../../shared/agreement/model';
import type { SessionId } from '../../../../shared/domain/ids';
import { assignMandateNote } from './commands/agreementCommands';
import { useAgreementCommand } from './useAgreementCommand';

/** A legitimacy point from the board, attached to the party whose mandate it speaks to. */
export function MandateNoteItem({ sessionId, state, note }: { sessionId: SessionId; state: AgreementState; note: MandateNote }) {
  const run = useAgreementCommand();
  return (
    <li className="mandate-note">
      <q>{note.text}</q>
      <label className="note-attach">
        <span className="visually-hidden">Legitimacy note belongs to</span>
        <select value={note.partyId ?? ''} onChange={(e) => void run(assignMandateNote, { sessionId, noteId: note.id, partyId: (e.target.value || null) as PartyId | null })}>
          <option value="">Not attached</option>
          {state.parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
    </li>
  );
}
