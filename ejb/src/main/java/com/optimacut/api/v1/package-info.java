/**
 * Version 1 of the remote API for integrators: remote business interfaces and the serializable
 * objects they take and return. The build publishes this package alone as the EJB client jar
 * ({@code optimacut-ejb} with the {@code client} classifier), so an integrator's program
 * depends on nothing else of Optima-Cut.
 */
package com.optimacut.api.v1;
