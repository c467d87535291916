/**
 * The deadline escalation: a timer on every server node raises the priority of open projects whose
 * deadline is near, records it in their history as the system, and notifies the assigned
 * executor or the managers.
 */
package com.optimacut.ejb.deadline;
