/** System tests of the deadline escalation pass against the real PostgreSQL. */
package com.optimacut.it.deadline;
