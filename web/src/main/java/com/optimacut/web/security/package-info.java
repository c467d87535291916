/**
 * Sign-in for the screens with Jakarta Security: a form mechanism on the Faces login page that
 * keeps the caller and groups in the HTTP session, and the identity store that checks passwords
 * against the application's own accounts.
 */
package com.optimacut.web.security;
