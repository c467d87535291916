/**
 * System tests of accounts: administration through the service, and the password checks
 * behind the login, against the real PostgreSQL.
 */
package com.optimacut.it.account;
