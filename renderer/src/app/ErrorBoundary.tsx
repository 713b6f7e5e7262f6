import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * A render error must not leave a blank window in front of a room. Everything the facilitator
 * saved is in the database, so the way out is simply to draw the screen again.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel crash" role="alert">
        <h1>Something went wrong drawing this screen</h1>
        <p>Your sessions and cards are saved. Try again, or go back to the list of sessions.</p>
        <pre className="crash-detail">{this.state.error.message}</pre>
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => this.setState({ error: null })}
          >
            Try again
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              window.location.hash = '#/';
              this.setState({ error: null });
            }}
          >
            All sessions
          </button>
        </div>
      </div>
    );
  }
}
