/**
 * Projects and their lifecycle: items with their layouts, the layout work units that executors
 * take and complete, the status transitions and their append-only history, delivery with the
 * courier request, the applied discount, and the deadline escalation rule. Every rule is enforced
 * here, in plain Java, so a service only loads, calls one method and stores.
 */
package com.optimacut.domain.project;
