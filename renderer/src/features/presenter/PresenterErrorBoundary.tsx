import { Component, type ReactNode } from 'react';

interface State {
  failedAt: number | null;
}

const RETRY_MS = 2000;

/**
 * The room view has no one at its keyboard, so unlike the facilitator's error screen it offers
 * no buttons: it shows a calm line and draws itself again from the database a moment later.
 */
export class PresenterErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failedAt: null };
  private timer: ReturnType<typeof setTimeout> | undefined;

  static getDerivedStateFromError(): State {
    return { failedAt: Date.now() };
  }

  override componentDidCatch(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.setState({ failedAt: null }), RETRY_MS);
  }

  override componentWillUnmount(): void {
    clearTimeout(this.timer);
  }

  override render() {
    if (this.state.failedAt === null) return this.props.children;
    return (
      <div className="present-screen present-theme-dark" data-view="recovering">
        <p className="present-message" role="status">
          One moment — redrawing the screen…
        </p>
      </div>
    );
  }
}
