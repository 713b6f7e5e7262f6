import type { ReactNode } from 'react';

import { routeHref, type Route } from './useHashRoute';

interface Props {
  /** Where the breadcrumb link goes, and what it says ("← All sessions"). */
  back: { to: Route; label: string };
  title: ReactNode;
  /** Extra class for the header (a screen's own layout tweaks). */
  className?: string;
  titleClassName?: string;
  /** The screen's tools, to the right of the title. */
  children?: ReactNode;
}

/** The top of every full screen: the way back, the screen's title, and its tools. */
export function ScreenHeader({
  back,
  title,
  className,
  titleClassName = 'board-title',
  children,
}: Props) {
  return (
    <header className={className ? `board-header ${className}` : 'board-header'}>
      <nav aria-label="Breadcrumb">
        <a className="back-link" href={routeHref(back.to)}>
          {back.label}
        </a>
      </nav>
      <h1 className={titleClassName}>{title}</h1>
      {children}
    </header>
  );
}
