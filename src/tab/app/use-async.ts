import { useCallback, useEffect, useState, type DependencyList } from "react";

export type AsyncState<T> = { status: "loading" } | { status: "error"; error: unknown } | { status: "ready"; value: T };

/** Runs a load when its inputs change and on `reload`; ignores answers that arrive after a newer load began. */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): [AsyncState<T>, () => void] {
  const [state, setState] = useState<AsyncState<T>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    load().then(
      (value) => current && setState({ status: "ready", value }),
      (error: unknown) => current && setState({ status: "error", error }),
    );
    return () => {
      current = false;
    };
    // The caller names the inputs in `deps`, as with useEffect itself.
  }, [...deps, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, reload];
}
