/**
 * Application settings that an administrator changes at run time: the courier's e-mail address,
 * the deadline escalation's hours and interval, and the discount tiers. They live in the database,
 * so every server node reads the same values.
 */
package com.optimacut.domain.settings;
