/**
 * Handling of failed requests: an expired view reloads the page the user was on
 * ({@link com.optimacut.web.error.ExpiredViewExceptionHandler}); the error pages for 403, 404 and
 * 500 are in {@code /error} and mapped in {@code web.xml}.
 */
package com.optimacut.web.error;
