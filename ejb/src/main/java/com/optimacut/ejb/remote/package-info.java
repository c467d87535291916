/**
 * The beans behind the remote API of {@code com.optimacut.api.v1}: each checks its caller's role
 * (INTEGRATOR or MANAGER), validates the arguments, calls the services that the screens use, as
 * the MANAGER role, and turns the result into the API's serializable objects and every rejection
 * into an {@link com.optimacut.api.v1.ApiException}. No rule lives here.
 */
package com.optimacut.ejb.remote;
