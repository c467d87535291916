/**
 * Persistence helpers that every feature package shares, such as the mapping of
 * {@link java.time.Instant} to SQL timestamps.
 */
package com.optimacut.domain.shared;
