/**
 * Languages of the screens: Russian by default, English on request. The user's choice lives in
 * the session and in a cookie, so it outlasts signing out.
 */
package com.optimacut.web.i18n;
