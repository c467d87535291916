/**
 * System tests of the executors' work: the board's visibility rules, concurrent takes and
 * completions, difficulties with the managers' notifications, and who may call the service. The
 * fixture here also builds the projects of the deadline and notification tests.
 */
package com.optimacut.it.work;
