// The room's cookie names in one place (login, the second step and the server all read
// them); each takes the __Host- prefix (Secure, Path=/, no Domain) whenever cookies are Secure.

/** Cookie of the login form's own CSRF token (there is no session yet); __Host- whenever cookies are Secure. */
export const loginTokenCookieName = (secure: boolean) => (secure ? '__Host-ruang-masuk' : 'ruang-masuk');

/** Session cookie name; the __Host- prefix (Secure, Path=/, no Domain) whenever cookies are Secure. */
export const sessionCookieName = (secure: boolean) => (secure ? '__Host-ruang-sesi' : 'ruang-sesi');

/** The recognised-browser cookie (throttle.ts); it outlives sessions and logouts. */
export const deviceCookieName = (secure: boolean) => (secure ? '__Host-ruang-perangkat' : 'ruang-perangkat');

/** Cookie of a login waiting for its code (second-step-routes.ts). */
export const pendingCookieName = (secure: boolean) => (secure ? '__Host-ruang-langkah' : 'ruang-langkah');
