/** Whether a keyboard event is aimed at somewhere the user types (so app shortcuts stand aside). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    (target.tagName === 'INPUT' &&
      !['button', 'checkbox', 'radio'].includes((target as HTMLInputElement).type))
  );
}
