/**
 * Password checks for the web login and the rules that slow down guessing. The screens'
 * identity store calls {@link com.optimacut.ejb.security.AccountAuthenticator}.
 */
package com.optimacut.ejb.security;
