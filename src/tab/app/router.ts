import { useCallback, useEffect, useState } from "react";

export interface Place {
  path: string;
  params: URLSearchParams;
}

const read = (): Place => ({
  path: location.pathname.replace(/^\/tab\/?/, "/").replace(/\/$/, "") || "/",
  params: new URLSearchParams(location.search),
});

/**
 * The tab's few places (/, /class, /config) live in the URL, so Teams deep links and reloads land on the same
 * view; a router library would be more than this needs.
 */
export function usePlace(): [Place, (to: string) => void] {
  const [place, setPlace] = useState(read);
  useEffect(() => {
    const onPop = () => setPlace(read());
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);
  const navigate = useCallback((to: string) => {
    history.pushState(null, "", `/tab${to}`);
    setPlace(read());
  }, []);
  return [place, navigate];
}
