/**
 * Screens for administrators: outgoing mail now; users, materials and settings as they come.
 */
package com.optimacut.web.admin;
