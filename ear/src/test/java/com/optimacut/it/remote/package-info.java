/**
 * The remote API called from outside the server: a client program run in a JVM of its own with
 * the distribution's {@code gf-client.jar} and the API's client jar, and the test that starts it.
 */
package com.optimacut.it.remote;
