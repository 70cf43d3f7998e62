/** A minimal event emitter with the shape of `vscode.Event`, for the vscode-free core. */

export interface Disposable {
  dispose(): void;
}

export type Listener<T> = (event: T) => void;

export class Emitter<T> {
  private listeners: Listener<T>[] = [];

  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.push(listener);
    return {
      dispose: () => {
        this.listeners = this.listeners.filter((each) => each !== listener);
      },
    };
  };

  fire(event: T): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  dispose(): void {
    this.listeners = [];
  }
}
