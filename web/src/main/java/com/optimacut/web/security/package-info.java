/**
 * Sign-in for the screens with Jakarta Security: the custom form mechanism on the Faces login
 * page, and the identity store that checks passwords against the application's own accounts.
 */
package com.optimacut.web.security;
