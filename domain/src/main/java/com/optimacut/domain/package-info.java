/**
 * The workshop's model: entities and the rules that need no container (status transitions,
 * pricing arithmetic, layout geometry). Subpackages are by feature.
 */
package com.optimacut.domain;
