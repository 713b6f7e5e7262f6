import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

import { EXPORT_FORMATS, type ExportFormat } from './exportFormats';

/** A checkable choice under the formats ("Anonymise participants"). */
export interface ExportOption {
  label: string;
  checked: boolean;
  toggle(): void;
}

/** An option's state (off at first, forgotten when the screen closes) and its menu item. */
export function useExportOption(label: string): [boolean, ExportOption] {
  const [checked, setChecked] = useState(false);
  return [checked, { label, checked, toggle: () => setChecked((v) => !v) }];
}

interface Props {
  /** The button's name; each menu on a screen has its own, so item names stay unique. */
  label: string;
  heading: string;
  formats: readonly ExportFormat[];
  options: readonly ExportOption[];
  busy: boolean;
  onChoose(format: ExportFormat): void;
}

/**
 * A menu button (WAI-ARIA menu pattern): the formats as menu items, then the options as
 * checkable items. Arrow keys move, Escape closes and returns focus to the button.
 */
export function ExportMenu({ label, heading, formats, options, busy, onChoose }: Props) {
  const [open, setOpen] = useState(false);
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
    onChoose(format);
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
          {formats.map((format) => (
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
          {options.map((option) => (
            <button
              key={option.label}
              type="button"
              role="menuitemcheckbox"
              tabIndex={-1}
              aria-checked={option.checked}
              className="export-option"
              onClick={option.toggle}
            >
              <span className="export-check" aria-hidden="true">
                {option.checked ? '☑' : '☐'}
              </span>
              {option.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
