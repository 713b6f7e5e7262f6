import type { CardKind } from '../domain/types';
import type { Stage } from './types';

/**
 * The Frame stage captures definitions (docs/agreement.md). Plans and templates stored before
 * stages had a `captureKind` say nothing, so their Frame stage — on its usual Open questions lane
 * — would file definitions as open questions. This is the kind such a stage captures.
 */
export function captureKindOf(stage: Stage): CardKind | null {
  if (stage.captureKind) return stage.captureKind;
  return stage.kind === 'frame' && stage.lane === 'questions' ? 'definition' : null;
}

/** Stages as the schema v7 upgrade stores them: an old Frame stage says it captures definitions. */
export function withFrameDefinitions(stages: readonly Stage[]): Stage[] {
  return stages.map((stage) => {
    const kind = captureKindOf(stage);
    return kind && !stage.captureKind ? { ...stage, captureKind: kind } : stage;
  });
}
