import { createContext, useContext } from 'react';

/**
 * True inside the facilitator's small live preview. The preview draws the very same screen, but
 * its words are painted from a data attribute by CSS (`content: attr(data-text)`) instead of
 * being text nodes: the facilitator window then never holds a second copy of every card's text,
 * so find-by-text (a screen reader's browse mode, automation) meets each card once, on the board.
 */
export const PreviewContext = createContext(false);

/** A piece of user text on the room screen; always literal, never markup. */
export function ScreenText({ text }: { text: string }) {
  const preview = useContext(PreviewContext);
  return preview ? <span className="screen-text" data-text={text} /> : <>{text}</>;
}
