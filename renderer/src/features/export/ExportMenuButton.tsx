import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

import type { SessionId } from '#shared/domain/ids';

import { EXPORT_FORMATS, FORMAT_ORDER, type ExportFormat } from './exportFormats';
import { useExport, type ExportScope } from './useExport';

interface Props {
  sessionId: SessionId;
  scope: ExportScope;
  /** "Export" for the session; the away-day pack has its own button so item names stay unique. */
  label: string;
  heading: string;
}

/**
 * A menu button (WAI-ARIA menu pattern): the formats as menu items, then the two options as
 * checkable items. Arrow keys move, Escape closes and returns focus to the button.
 */
export function ExportMenuButton({ sessionId, scope, label, heading }: Props) {
  const [open, setOpen] = useState(false);
  const [anonymise, setAnonymise] = useState(false);
  const [includePrivateNotes, setIncludePrivateNotes] = useState(false);
  const { run, busy } = useExport(sessionId);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
    const close = (event: MouseEvent) => {
      if (
        !menuRef.current?.contains(event.target as Node) &&
        !buttonRef.current?.contains(event.target as Node)
      )
        setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false);
      buttonRef.current?.focus();
    } else return;
    event.preventDefault();
  };

  const choose = (format: ExportFormat) => {
    setOpen(false);
    buttonRef.current?.focus();
    void run(scope, format, { anonymise, includePrivateNotes });
  };

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <span className="export-caret" aria-hidden="true">
          {busy ? '…' : '▾'}
        </span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={heading}
          className="export-popover"
          onKeyDown={onKeyDown}
        >
          <p className="export-popover-heading" aria-hidden="true">
            {heading}
          </p>
          {FORMAT_ORDER.map((format) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="export-item"
              aria-label={EXPORT_FORMATS[format].label}
              aria-describedby={`${menuId}-${format}`}
              onClick={() => choose(format)}
            >
              <span className="export-item-label">{EXPORT_FORMATS[format].label}</span>
              <span className="export-item-hint" id={`${menuId}-${format}`}>
                {EXPORT_FORMATS[format].hint}
              </span>
            </button>
          ))}
          <div role="separator" className="export-separator" />
          <button
            type="button"
            role="menuitemcheckbox"
            tabIndex={-1}
            aria-checked={anonymise}
            className="export-option"
            onClick={() => setAnonymise((v) => !v)}
          >
            <span className="export-check" aria-hidden="true">
              {anonymise ? '☑' : '☐'}
            </span>
            Anonymise participants
          </button>
          <button
            type="button"
            role="menuitemcheckbox"
            tabIndex={-1}
            aria-checked={includePrivateNotes}
            className="export-option"
            onClick={() => setIncludePrivateNotes((v) => !v)}
          >
            <span className="export-check" aria-hidden="true">
              {includePrivateNotes ? '☑' : '☐'}
            </span>
            Include private notes
          </button>
        </div>
      )}
    </div>
  );
}
