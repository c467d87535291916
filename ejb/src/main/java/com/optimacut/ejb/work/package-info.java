/**
 * The executors' work on layouts: the board of layouts an executor may take, the layouts they
 * hold, and taking, completing and reporting a difficulty on one. The project's status follows
 * from these actions in the same transaction; executors never set it themselves.
 */
package com.optimacut.ejb.work;
