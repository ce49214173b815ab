/** True in the built site, which has a service worker (sw.js); false on the dev server. */
declare const __SERVICE_WORKER__: boolean;
