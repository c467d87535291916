/**
 * Administration of staff accounts: creating users with roles and passwords, and the signed-in
 * user's own account.
 */
package com.optimacut.ejb.user;
