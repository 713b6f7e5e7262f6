// The Definitions section: terms the group pinned down while framing (docs/agreement.md).
import type { EpochMs } from '../domain/types';
import type { AgreementState, DefinitionId } from './model';
import { AgreementRuleError } from './rules';

/** Removes a definition; a generated one is not offered again when the draft is regenerated. */
export function removeDefinition(
  state: AgreementState,
  definitionId: DefinitionId,
  at: EpochMs,
): AgreementState {
  const definition = state.definitions.find((d) => d.id === definitionId);
  if (!definition) throw new AgreementRuleError('That definition has been removed.', 'not-found');
  return {
    ...state,
    definitions: state.definitions.filter((d) => d.id !== definitionId),
    declinedKeys: definition.sourceKey
      ? [...state.declinedKeys, definition.sourceKey]
      : state.declinedKeys,
    revision: state.revision + 1,
    updatedAt: at,
  };
}
