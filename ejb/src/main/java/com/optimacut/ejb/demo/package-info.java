/**
 * The demo data set that the quick start loads: staff accounts for every role, and later the
 * clients, materials and projects a new user can try the screens on. Never loaded in production.
 */
package com.optimacut.ejb.demo;
