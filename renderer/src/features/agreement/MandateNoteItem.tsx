import type { AgreementState, MandateNote, PartyId } from '#shared/agreement/model';
import type { SessionId } from '#shared/domain/ids';

import { assignMandateNote } from './commands/agreementCommands';
import { PartySelect } from './PartySelect';
import { useAgreementCommand } from './useAgreementCommand';

/** A legitimacy point from the board, attached to the party whose mandate it speaks to. */
export function MandateNoteItem({
  sessionId,
  state,
  note,
}: {
  sessionId: SessionId;
  state: AgreementState;
  note: MandateNote;
}) {
  const run = useAgreementCommand();
  return (
    <li className="mandate-note">
      <q>{note.text}</q>
      <PartySelect
        className="note-attach"
        label="Legitimacy note belongs to"
        parties={state.parties}
        value={note.partyId ?? ''}
        none="Not attached"
        onChange={(value) =>
          void run(assignMandateNote, {
            sessionId,
            noteId: note.id,
            partyId: (value || null) as PartyId | null,
          })
        }
      />
    </li>
  );
}
