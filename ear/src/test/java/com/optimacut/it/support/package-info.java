/**
 * What the system tests share: the settings failsafe passes in, the in-container test archive,
 * identities to run as, the browser and the SMTP server.
 */
package com.optimacut.it.support;
