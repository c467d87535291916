/**
 * Browser tests in headless Chromium against the EAR deployed on the test server.
 */
package com.optimacut.it.browser;
