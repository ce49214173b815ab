import { useEffect, useState } from 'react';
import { parseRoute, type Route } from './route';

/** The view the address shows, from the starting state, then following the hash. */
export function useRoute(initial: Route): Route {
  const [route, setRoute] = useState<Route>(initial);
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}
