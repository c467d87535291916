/**
 * Staff accounts: who may sign in, with which roles, and the rules that slow down password
 * guessing. Passwords are stored only as PBKDF2 hashes.
 */
package com.optimacut.domain.user;
